// Keeps credentials out of anything shown (DESIGN §3, §4): which names are sensitive, and
// displayable copies of headers, URLs and axios request configs. Errors: redact-error.ts.
import type { SchemeMap } from "./types.js";

export const REDACTED = "[REDACTED]";

/** Lower-cased names that must never be shown, derived from the document's schemes. */
export interface SensitiveNames {
  headers: ReadonlySet<string>;
  query: ReadonlySet<string>;
  cookies: ReadonlySet<string>;
}

const ALWAYS_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie"];

export function sensitiveNames(schemes: SchemeMap): SensitiveNames {
  const headers = new Set(ALWAYS_HEADERS);
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
