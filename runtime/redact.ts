// The runtime's one redactor (DESIGN §3, §4): one marker, one list of credential names.
// Which names are sensitive for a document, displayable copies of headers, URLs and axios
// request configs, and text scrubbing for errors: known secrets cut by value, well-known
// credential shapes by pattern, because a hostile token endpoint may echo a refresh token
// back in its error body. Errors are redacted in place by redact-error.ts and AuthError.
import type { SchemeDescriptors } from "./descriptors.js";

export const REDACTED = "[REDACTED]";

/** Headers that always carry credentials (RFC 9110 §11.6.2, §11.7.2; RFC 6265 §4). */
const CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie"];

// The names a credential travels under in a form, a query, a JSON member or an object key:
// RFC 6749 §4.1.2 (code), §5.1 (tokens), §2.3.1 (client_secret), OpenID Connect's id_token,
// api keys and passwords; `_?` so that `accessToken` counts too. Written out in each pattern
// as a regular expression literal: a bundle whose code never scrubs by pattern drops them
// all, where a table built by a call at the top level would stay in every bundle.
const PATTERNS: readonly [RegExp, (name: string) => string][] = [
  // RFC 6750 §2.1 / RFC 7617 §2 credentials in an Authorization value. A credential is 8+
  // token68 characters with a digit or a symbol in it, so prose keeps its words: "refresh
  // token failed" and "POST /refresh-token failed with 401" are not credentials.
  [/\b(Bearer|Basic|Digest|Token)\s+(?=[A-Za-z\-]*[0-9._~+/=])[A-Za-z0-9\-._~+/=]{8,}/gi, (name) => `${name} ${REDACTED}`],
  // RFC 6749 Appendix B: the names as form or query parameters.
  [/\b(access_?token|refresh_?token|id_?token|client_?secret|api_?key|password|code)=[^&\s"']+/gi, (name) => `${name}=${REDACTED}`],
  // The same names as JSON members.
  [/"(access_?token|refresh_?token|id_?token|client_?secret|api_?key|password|code)"\s*:\s*"[^"]*"/gi, (name) => `"${name}":"${REDACTED}"`],
];

const SECRET_KEYS = /^(access_?token|refresh_?token|id_?token|client_?secret|api_?key|password|code|authorization|proxy-authorization|cookie|set-cookie)$/i;

/** Lower-cased names that must never be shown, derived from the document's schemes. */
export interface SensitiveNames {
  headers: ReadonlySet<string>;
  query: ReadonlySet<string>;
  cookies: ReadonlySet<string>;
}

export function sensitiveNames(schemes: SchemeDescriptors): SensitiveNames {
  const headers = new Set(CREDENTIAL_HEADERS);
  const query = new Set<string>();
  const cookies = new Set<string>();
  for (const scheme of Object.values(schemes)) {
    if (scheme.type !== "apiKey") continue;
    // OpenAPI 3.1 §4.8.27: an apiKey scheme names its header, query or cookie parameter.
    const target = scheme.in === "header" ? headers : scheme.in === "query" ? query : cookies;
    target.add(scheme.name.toLowerCase());
  }
  return { headers, query, cookies };
}

/** Cuts each known secret (and its percent-encoded form), longest first so a token goes before a part of it. */
export function cutSecrets(text: string, secrets: Iterable<string | undefined>): string {
  let out = text;
  // Very short values would blank out ordinary words; they are not credentials anyway.
  const known = [...secrets].filter((s): s is string => s !== undefined && s.length >= 4);
  for (const secret of known.sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
  }
  return out;
}

/**
 * A copy of `value` with each known secret cut from every string in it, keys and shape kept:
 * for an error body the server echoed a credential into (DESIGN §4). Unlike scrubValue it
 * matches no patterns and blanks no keys, so an API's own error fields stay as they were.
 */
export function cutSecretsIn(value: unknown, secrets: ReadonlySet<string>, depth = 0): unknown {
  if (secrets.size === 0) return value;
  if (typeof value === "string") return cutSecrets(value, secrets);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => cutSecretsIn(item, secrets, depth + 1));
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = cutSecretsIn(item, secrets, depth + 1);
  return out;
}

/** Removes known secrets and, unless `knownOnly`, anything shaped like a credential. */
export function scrub(text: string, secrets: readonly (string | undefined)[] = [], knownOnly = false): string {
  let out = cutSecrets(text, secrets);
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

type Entries = Record<string, unknown>;

export function redactHeaders(headers: unknown, names: SensitiveNames): Entries {
  const out: Entries = {};
  for (const [key, value] of Object.entries(plain(headers))) {
    out[key] = names.headers.has(key.toLowerCase()) && value != null ? REDACTED : value;
  }
  return out;
}

/** Replaces the values of sensitive query parameters in a URL (or a bare query string). */
export function redactUrl(url: string, names: SensitiveNames): string {
  return redactPairs(url, names, /([?&;])([^=&#;]*)=([^&#;]*)/g);
}

// In prose (an error message) a URL ends at whitespace, a quote or a closing parenthesis.
export const PAIR_IN_TEXT = /([?&;])([^=&#;\s]*)=([^&#;\s"'<>)]*)/g;

export function redactPairs(text: string, names: SensitiveNames, pattern: RegExp): string {
  return text.replace(pattern, (whole, sep: string, key: string) =>
    names.query.has(safeDecode(key).toLowerCase()) ? `${sep}${key}=${REDACTED}` : whole,
  );
}

/** A copy of an axios request config fit to show: credentials and the body removed. */
export function redactConfig(config: unknown, names: SensitiveNames): Entries | undefined {
  if (typeof config !== "object" || config === null) return undefined;
  const c = config as Entries;
  const out: Entries = { ...c, headers: redactHeaders(c.headers, names) };
  if (typeof c.url === "string") out.url = redactUrl(c.url, names);
  if (typeof c.baseURL === "string") out.baseURL = redactUrl(c.baseURL, names);
  if (c.params != null) out.params = redactEntries(plain(c.params), names.query);
  if (c.auth != null) out.auth = REDACTED;
  if (c.proxy != null) out.proxy = REDACTED;
  // Bodies hold passwords and refresh tokens (RFC 6749 §6 form bodies): never shown.
  if (c.data != null) out.data = REDACTED;
  return out;
}

function redactEntries(entries: Entries, sensitive: ReadonlySet<string>): Entries {
  const out: Entries = {};
  for (const [k, v] of Object.entries(entries)) out[k] = sensitive.has(k.toLowerCase()) ? REDACTED : v;
  return out;
}

/** AxiosHeaders, URLSearchParams and plain objects as one plain record. */
export function plain(value: unknown): Entries {
  if (typeof value !== "object" || value === null) return {};
  const v = value as { toJSON?: unknown; forEach?: unknown; get?: unknown };
  if (typeof v.toJSON === "function") return (v.toJSON as () => Entries).call(value);
  if (typeof v.forEach === "function" && typeof v.get === "function") {
    const out: Entries = {};
    (v.forEach as (cb: (val: string, key: string) => void) => void).call(value, (val, key) => (out[key] = val));
    return out;
  }
  return { ...(value as Entries) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}
