// Redacts errors in place (DESIGN §3, §4). Axios errors carry the request config, the Node
// ClientRequest (whose raw header block holds Authorization) and the response with its own
// config (axios#2648, axios#4246), and `toJSON`/util.inspect print all of it. redactError
// replaces those properties with redacted copies, idempotently, and scrubs every credential
// value it found there from message, stack and cause. Shared with the auth runtime (AuthError).
import {
  PAIR_IN_TEXT,
  cutSecrets,
  plain,
  redactConfig,
  redactHeaders,
  redactPairs,
  redactUrl,
  type SensitiveNames,
} from "./redact.js";

type Entries = Record<string, unknown>;

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

/** The credential values a request config carried (headers, query, auth), to cut from what the server echoes. */
export function carriedSecrets(config: unknown, names: SensitiveNames): Set<string> {
  const secrets = new Set<string>();
  collectSecrets(config, names, secrets);
  return secrets;
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
  return cutSecrets(redactPairs(text, names, PAIR_IN_TEXT), secrets);
}

function define(target: Entries, key: string, value: unknown, enumerable = true): void {
  const current = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, {
    value,
    writable: true,
    configurable: true,
    enumerable: current?.enumerable ?? enumerable,
  });
}
