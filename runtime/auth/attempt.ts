// Per-request auth state, kept outside the config: axios copies configs onto its errors,
// and anything enumerable there ends up in logs (axios#2648). The config carries only an
// opaque key, a class instance that axios's mergeConfig passes on by reference.
import type { AxiosRequestConfig, InternalAxiosRequestConfig } from "axios";
import type { Credential } from "./credential.js";

declare module "axios" {
  interface AxiosRequestConfig {
    /** keyway's auth layer: opaque key of this request's attempt state. */
    keywayAuth?: AttemptKey | undefined;
  }
}

export class AttemptKey {
  toJSON(): string {
    return "[keyway attempt]";
  }
}

/** The request as the caller (and earlier interceptors) made it, before any credential. */
interface Snapshot {
  url: AxiosRequestConfig["url"];
  params: unknown;
  data: unknown;
  headers: ReturnType<InternalAxiosRequestConfig["headers"]["toJSON"]>;
  withCredentials: AxiosRequestConfig["withCredentials"];
  beforeRedirect: unknown;
}

export interface Attempt {
  snapshot: Snapshot;
  /** DESIGN §4.4: at most one retry per request. */
  retried: boolean;
  sent: Credential[];
}

const attempts = new WeakMap<AttemptKey, Attempt>();

export function attemptOf(config: AxiosRequestConfig | undefined): Attempt | undefined {
  const key = config?.keywayAuth;
  return key === undefined ? undefined : attempts.get(key);
}

/**
 * The first pass through the request interceptor records the untouched request. Our own
 * retry arrives with a fresh attempt already made (retryConfig). A config the caller sends
 * again (their own retry with `error.config`) still carries the headers attached last time:
 * those are removed so the current credentials go out, not stale ones taken for the caller's.
 */
export function beginAttempt(config: InternalAxiosRequestConfig): Attempt {
  const existing = attemptOf(config);
  if (existing !== undefined && existing.retried && existing.sent.length === 0) return existing;
  for (const credential of existing?.sent ?? []) {
    if (credential.in === "header" && config.headers.get(credential.name) === credential.value) {
      config.headers.delete(credential.name);
    }
  }
  const snapshot: Snapshot = {
    url: config.url,
    params: config.params,
    data: config.data,
    headers: config.headers.toJSON(),
    withCredentials: config.withCredentials,
    beforeRedirect: (config as { beforeRedirect?: unknown }).beforeRedirect,
  };
  const attempt: Attempt = { snapshot, retried: false, sent: [] };
  const key = new AttemptKey();
  attempts.set(key, attempt);
  config.keywayAuth = key;
  return attempt;
}

/**
 * The retry: the original request again — same body (pre-transform, so axios serializes it
 * byte-identical, DESIGN §4.6), same headers including an Idempotency-Key, none of the
 * credentials of the first try; the request interceptor attaches the current ones.
 */
export function retryConfig(config: InternalAxiosRequestConfig, attempt: Attempt): AxiosRequestConfig {
  const { snapshot } = attempt;
  const key = new AttemptKey();
  attempts.set(key, { snapshot, retried: true, sent: [] });
  const retry: Record<string, unknown> = {
    ...config,
    url: snapshot.url,
    params: snapshot.params,
    data: snapshot.data,
    headers: { ...snapshot.headers },
    withCredentials: snapshot.withCredentials,
    beforeRedirect: snapshot.beforeRedirect,
    keywayAuth: key,
  };
  return retry as AxiosRequestConfig;
}
