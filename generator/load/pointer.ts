// JSON pointers as keyway writes them: always `#`-prefixed URI fragments (RFC 6901 §6),
// so they print next to a file name as `api.yaml#/paths/~1pets`.

export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function appendPointer(pointer: string, segment: string | number): string {
  return `${pointer}/${escapeSegment(segment)}`;
}

/** `#/a/b~1c` -> ["a", "b/c"]. Percent-escapes are decoded first (RFC 6901 §6: a fragment is a URI fragment). */
export function parsePointer(pointer: string): string[] {
  let body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  try {
    body = decodeURIComponent(body);
  } catch {
    // A stray `%` is a literal character in the key, not an escape.
  }
  if (body === "" || body === "/") return [];
  return body
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function joinPointer(segments: readonly (string | number)[]): string {
  return "#" + segments.map((s) => "/" + escapeSegment(s)).join("");
}
