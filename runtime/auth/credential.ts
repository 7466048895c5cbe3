// What one scheme puts on one request, and the values behind static schemes (DESIGN §4
// "Scheme types"): bearer, basic, any other http scheme as a raw Authorization value, apiKey.
import { AuthError } from "./errors.js";
import { base64 } from "./oauth2.js";
import type { TokenSource } from "./source.js";
import type { BasicCredentials, MaybePromise } from "./types.js";
import type { WaitLimits } from "./wait.js";

export interface Credential {
  scheme: string;
  /** `withCredentials`: cookie mode, the browser attaches HttpOnly cookies. `none`: mutualTLS. */
  in: "header" | "query" | "cookie" | "withCredentials" | "none";
  name: string;
  value: string;
  /** Token-carrying schemes: the source to ask on a 401, and what was sent (§4.3). */
  source?: TokenSource;
  fingerprint?: string;
}

export interface SchemeRuntime {
  /**
   * The credential to attach now, or null when this scheme is not configured now. Static
   * values answer synchronously: each promise here is an allocation and a tick on every call.
   */
  resolve(limits: WaitLimits): MaybePromise<Credential | null>;
}

type Value<T> = T | (() => MaybePromise<T | null | undefined>);

export function isThenable<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === "function";
}

/** `f(value)`, after `value` settles when it is a promise. */
export function andThen<T, R>(value: MaybePromise<T>, f: (value: T) => R): MaybePromise<R> {
  return isThenable(value) ? value.then(f) : f(value);
}

/** A configured value or provider; null/undefined/"" from a provider means "not now". */
export function valueOf<T>(config: Value<T>): MaybePromise<T | undefined> {
  const value = typeof config === "function" ? (config as () => MaybePromise<T | null | undefined>)() : config;
  return andThen(value, (v) => (v === null || v === undefined || v === "" ? undefined : v));
}

/** A header value may not contain CR, LF or NUL (RFC 9110 §5.5): refuse, and never echo it. */
export function checkValue(scheme: string, value: string): string {
  if (/[\r\n\0]/.test(value)) {
    throw new AuthError("invalid_credential", `the credential of ${scheme} contains a line break or NUL`, { scheme, secrets: [value] });
  }
  return value;
}

/** RFC 7617 §2: user-id may not contain ':'; both are UTF-8 before base64. */
export function basicValue(scheme: string, credentials: BasicCredentials): string {
  if (credentials.username.includes(":")) {
    throw new AuthError("invalid_credential", `the username of ${scheme} contains ':' (RFC 7617 §2)`, { scheme });
  }
  return `Basic ${base64(`${credentials.username}:${credentials.password}`)}`;
}

export function staticScheme(build: () => MaybePromise<Omit<Credential, "scheme"> | null>, scheme: string): SchemeRuntime {
  return {
    resolve: () => andThen(build(), (credential) => (credential === null ? null : { scheme, ...credential, value: checkValue(scheme, credential.value) })),
  };
}

/** Bearer-style schemes over a TokenSource: Authorization, or cookies in cookie mode. */
export function tokenScheme(scheme: string, source: TokenSource): SchemeRuntime {
  return {
    resolve: async (limits) => {
      const sendable = await source.sendable(limits, true);
      if (sendable === null) return null;
      const { token, fingerprint } = sendable;
      if (token === undefined) return { scheme, in: "withCredentials", name: "", value: "", source, fingerprint };
      const value = bearerValue(scheme, token);
      return { scheme, in: "header", name: "Authorization", value, source, fingerprint };
    },
  };
}

/** RFC 6750 §2.1; the token_type a server returns ("bearer") does not change the header. */
export function bearerValue(scheme: string, token: string): string {
  return checkValue(scheme, `Bearer ${token}`);
}
