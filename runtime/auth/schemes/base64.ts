// Base64 (RFC 4648 §4) of UTF-8 text, for HTTP Basic (RFC 7617 §2) and client authentication
// at the token endpoint (RFC 6749 §2.3.1).

/** UTF-8 base64 that works in Node 20 and browsers alike. */
export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
