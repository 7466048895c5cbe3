// What one scheme puts on one request, and the values behind static schemes (DESIGN §4
// "Scheme types"): bearer, basic, any other http scheme as a raw Authorization value, apiKey.
import type { Credential, SchemeRuntime, TokenSource } from "../contracts.js";
import type { BasicCredentials, MaybePromise, Provider } from "../config.js";
import { AuthError } from "../errors.js";
import { andThen } from "../maybe-promise.js";
import { base64 } from "./base64.js";

/** A configured value or provider; null/undefined/"" from a provider means "not now". */
export function valueOf<T>(config: Provider<T>): MaybePromise<T | undefined> {
  const value = typeof config === "function" ? (config as () => MaybePromise<T | null | undefined>)() : config;
  return andThen(value, (v) => (v === null || v === undefined || v === "" ? undefined : v));
}

/** A header value may not contain CR, LF or NUL (RFC 9110 §5.5): refuse, and never echo it. */
function checkValue(scheme: string, value: string): string {
  if (/[\r\n\0]/.test(value)) {
    throw new AuthError("invalid_credential", `the credential of ${scheme} contains a line break or NUL`, { scheme });
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
