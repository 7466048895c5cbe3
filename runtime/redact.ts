// Keeps credentials out of errors (DESIGN §3, §4). Axios errors carry the request config,
// the Node ClientRequest (whose raw header block holds Authorization) and the response
// with its own config (axios#2648, axios#4246), and `toJSON`/util.inspect print all of it.
// redactError rewrites those properties in place, idempotently, and scrubs every credential
// value it found there from message, stack and cause. Shared with the auth runtime (AuthError).
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
const PAIR_IN_TEXT = /([?&;])([^=&#;\s]*)=([^&#;\s"'<>)]*)/g;

function redactPairs(text: string, names: SensitiveNames, pattern: RegExp): string {
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

export function redactError<E>(error: E, names: SensitiveNames): E {
  scrubError(error, names, new Set(), 0);
  return error;
}

function scrubError(error: unknown, names: SensitiveNames, secrets: Set<string>, depth: number): void {
  if (typeof error !== "object" || error === null || depth > 4) return;
  const e = error as Entries;
  const response = e.response as Entries | undefined;
  collectSecrets(e.config, names, secrets);
  collectSecrets(response?.config, names, secrets);
  if (response?.headers) collectHeaderSecrets(plain(response.headers), names, secrets);
  if (e.config !== undefined) define(e, "config", redactConfig(e.config, names));
  if (e.request != null) define(e, "request", requestSummary(e.config, names));
  if (typeof response === "object" && response !== null) {
    define(e, "response", {
      status: response.status,
      statusText: response.statusText,
      headers: redactHeaders(response.headers, names),
      data: response.data,
      config: redactConfig(response.config, names),
    });
  }
  scrubError(e.cause, names, secrets, depth + 1);
  for (const key of ["message", "stack"]) {
    if (typeof e[key] === "string") define(e, key, scrubText(e[key] as string, secrets, names), false);
  }
}

function requestSummary(config: unknown, names: SensitiveNames): Entries {
  const c = (config ?? {}) as Entries;
  return { method: c.method, url: typeof c.url === "string" ? redactUrl(c.url, names) : undefined };
}

function collectSecrets(config: unknown, names: SensitiveNames, secrets: Set<string>): void {
  if (typeof config !== "object" || config === null) return;
  const c = config as Entries;
  collectHeaderSecrets(plain(c.headers), names, secrets);
  for (const [key, value] of Object.entries(plain(c.params))) {
    if (names.query.has(key.toLowerCase()) && value != null) secrets.add(String(value));
  }
  const auth = c.auth as Entries | undefined;
  if (auth && typeof auth.password === "string") secrets.add(auth.password);
}

function collectHeaderSecrets(headers: Entries, names: SensitiveNames, secrets: Set<string>): void {
  for (const [key, raw] of Object.entries(headers)) {
    const k = key.toLowerCase();
    if (!names.headers.has(k) || raw == null) continue;
    for (const value of Array.isArray(raw) ? raw.map(String) : [String(raw)]) {
      secrets.add(value);
      // "Bearer abc": the credential alone may be quoted elsewhere.
      const credential = /^\S+\s+(\S+)$/.exec(value)?.[1];
      if (credential) secrets.add(credential);
      if (k === "cookie" || k === "set-cookie") {
        for (const pair of value.split(";")) secrets.add(pair.slice(pair.indexOf("=") + 1).trim());
      }
    }
  }
}

function scrubText(text: string, secrets: Set<string>, names: SensitiveNames): string {
  let out = redactPairs(text, names, PAIR_IN_TEXT);
  // Longest first, so a token is removed before a value that is a part of it.
  for (const s of [...secrets].filter((v) => v.length >= 4).sort((a, b) => b.length - a.length)) {
    out = out.split(s).join(REDACTED);
    const encoded = encodeURIComponent(s);
    if (encoded !== s) out = out.split(encoded).join(REDACTED);
  }
  return out;
}

function redactEntries(entries: Entries, sensitive: ReadonlySet<string>): Entries {
  const out: Entries = {};
  for (const [k, v] of Object.entries(entries)) out[k] = sensitive.has(k.toLowerCase()) ? REDACTED : v;
  return out;
}

/** AxiosHeaders, URLSearchParams and plain objects as one plain record. */
function plain(value: unknown): Entries {
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

function define(target: Entries, key: string, value: unknown, enumerable = true): void {
  const current = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, {
    value,
    writable: true,
    configurable: true,
    enumerable: current ? current.enumerable : enumerable,
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}
