// Per-request auth state, kept outside the config: axios copies configs onto its errors,
// and anything enumerable there ends up in logs (axios#2648). The config carries only an
// opaque key, a class instance that axios's mergeConfig passes on by reference.
import { AxiosHeaders, type AxiosRequestConfig, type InternalAxiosRequestConfig } from "axios";
import type { Credential, WaitLimits } from "../contracts.js";
import { AuthError } from "../errors.js";
import { bearerValue } from "../schemes/credentials.js";

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

export interface Attempt {
  /** The credentials this layer attached (not those where the caller's value won). */
  sent: Credential[];
}

const attempts = new WeakMap<AttemptKey, Attempt>();

export function attemptOf(config: AxiosRequestConfig | undefined): Attempt | undefined {
  const key = config?.keywayAuth;
  return key === undefined ? undefined : attempts.get(key);
}

/**
 * Starts the attempt of a request. A config the caller sends again (their own retry with
 * `error.config`) still carries the headers attached last time: those are removed so the
 * current credentials go out, not stale ones mistaken for the caller's.
 */
export function beginAttempt(config: InternalAxiosRequestConfig): Attempt {
  for (const credential of attemptOf(config)?.sent ?? []) {
    if (credential.in === "header" && config.headers.get(credential.name) === credential.value) {
      config.headers.delete(credential.name);
    }
  }
  const attempt: Attempt = { sent: [] };
  const key = new AttemptKey();
  attempts.set(key, attempt);
  config.keywayAuth = key;
  return attempt;
}

/**
 * The retry (DESIGN §4.2-4.4, §4.6): the request exactly as the adapter got it — the body
 * as encoded, every header including an Idempotency-Key and whatever the instance's own
 * interceptors added — with each token credential swapped for the current token.
 */
export async function retryConfig(
  config: InternalAxiosRequestConfig,
  tokens: readonly Credential[],
  limits: WaitLimits,
): Promise<InternalAxiosRequestConfig> {
  const headers = AxiosHeaders.from(config.headers);
  for (const credential of tokens) {
    const sendable = await credential.source?.sendable(limits, false);
    if (sendable === null || sendable === undefined) {
      throw new AuthError("signed_out", "signed out before the request could be retried", { scheme: credential.scheme });
    }
    if (credential.in === "header" && sendable.token !== undefined) {
      headers.set(credential.name, bearerValue(credential.scheme, sendable.token));
    }
  }
  // Same prototype and descriptors: axios's configs are null-prototype objects with a
  // non-enumerable hasOwnProperty slot that adapters may rely on.
  const retry = Object.create(Object.getPrototypeOf(config) as object | null, Object.getOwnPropertyDescriptors(config)) as InternalAxiosRequestConfig;
  retry.headers = headers;
  retry.keywayAuth = undefined;
  return retry;
}
