// Redaction inside auth/: strings that leave the auth layer in an error pass through here.
// Known secrets are replaced by value; well-known credential shapes by pattern, because a
// hostile token endpoint may echo a refresh token back in its error body.

const REDACTED = "[redacted]";

const PATTERNS: readonly [RegExp, (name: string) => string][] = [
  // RFC 6750 §2.1 / RFC 7617 §2 credentials in an Authorization value.
  [/\b(Bearer|Basic|Digest|Token)\s+[A-Za-z0-9\-._~+/=]+/gi, (name) => `${name} ${REDACTED}`],
  // RFC 6749 §4-6 parameters in a form or query string.
  [/\b(access_token|refresh_token|id_token|client_secret|api_key|apikey|password|code)=[^&\s"']+/gi, (name) => `${name}=${REDACTED}`],
  // The same names as JSON members.
  [
    /"(access_token|refresh_token|id_token|client_secret|api_key|apikey|password|accessToken|refreshToken)"\s*:\s*"[^"]*"/gi,
    (name) => `"${name}":"${REDACTED}"`,
  ],
];

/** Removes known secrets and, unless `knownOnly`, anything shaped like a credential. */
export function scrub(text: string, secrets: readonly (string | undefined)[] = [], knownOnly = false): string {
  let out = text;
  for (const secret of secrets) {
    // Very short values would blank out ordinary words; they are not credentials anyway.
    if (secret !== undefined && secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  if (knownOnly) return out;
  for (const [pattern, replacement] of PATTERNS) {
    out = out.replace(pattern, (_match, name: string) => replacement(name));
  }
  return out;
}

/** A JSON-safe, scrubbed copy of any value (bounded depth: hostile bodies may nest deeply). */
export function scrubValue(value: unknown, secrets: readonly (string | undefined)[] = [], depth = 0): unknown {
  if (typeof value === "string") return scrub(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (depth > 8) return REDACTED;
  if (Array.isArray(value)) return value.slice(0, 100).map((item) => scrubValue(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[key] = SECRET_KEYS.test(key) ? REDACTED : scrubValue(item, secrets, depth + 1);
  }
  return out;
}

const SECRET_KEYS = /^(access_?token|refresh_?token|id_?token|client_?secret|api_?key|password|authorization|cookie|set-cookie)$/i;
