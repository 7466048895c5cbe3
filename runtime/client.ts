// The client object every operation receives. It holds the axios instance (the caller's
// own if given: keyway adds its interceptors to that instance only and never changes the
// global axios or the instance's defaults), the resolved baseURL, and the redaction names.
import axios, { type AxiosInstance } from "axios";
import type { AuthConfig, OperationMap, RefreshOptions, TokenSet } from "./auth/config.js";
import type { AuthHandle } from "./auth/contracts.js";
import type { ApiDescriptor } from "./contracts.js";
import type { SchemeDescriptors } from "./descriptors.js";
import { signInTo, signOutAll } from "./auth/session.js";
import { tokensFrom } from "./auth/tokens/operation-refresh.js";
import { sensitiveNames, type SensitiveNames } from "./redact.js";
import { hasScheme, pageURL } from "./url.js";

export const clientState: unique symbol = Symbol("keyway.client");

/** `S`: the document's schemes; `Ops`: the client's operations, which type a `refresh` that names one. */
export interface ClientOptions<S extends SchemeDescriptors = SchemeDescriptors, Ops extends object = OperationMap> {
  /**
   * Default: the instance's own `defaults.baseURL`, else the document's first `servers`
   * entry, with operations that declare their own server going there. Given: every call.
   */
  baseURL?: string;
  auth?: AuthConfig<S, Ops>;
  /** Origins besides baseURL's that may receive credentials. */
  allowedOrigins?: string[];
  onAuthFailure?: (error: Error) => void;
  /** After each stored token refresh; `scheme` is the securitySchemes name (DESIGN §4 hooks). */
  onTokensRefreshed?: (tokens: TokenSet, scheme: string) => void;
  /** Refresh skew and refresh timeout, both 30 s by default (DESIGN §4.1, §4.5). */
  tokenRefresh?: RefreshOptions;
  /** Bring your own instance; keyway adds its interceptors to it only. */
  axios?: AxiosInstance;
  /** Default timeout in milliseconds for each call. */
  timeout?: number;
  /** Sent with every call; parameters and per-call headers override them. */
  headers?: Record<string, string>;
  /**
   * Cookie sessions: every call, public ones included (sign-in, refresh, sign-out), sends
   * and accepts the API's cookies, also cross-origin (axios `withCredentials`). Per call too.
   */
  withCredentials?: boolean;
}

export interface ClientState {
  api: ApiDescriptor;
  axios: AxiosInstance;
  /** Absolute whenever it could be resolved (see resolveBaseURL). */
  baseURL: string;
  /** True when baseURL is relative and nothing (no page) can resolve it: calls reject. */
  relativeBaseURL: boolean;
  /** True when baseURL is the document's: operations with their own server go there. */
  useOperationServers: boolean;
  /** Absent for a document without security schemes: nothing is installed on the instance. */
  auth: AuthHandle | undefined;
  options: ClientOptions;
  /** Header/query/cookie names kept out of errors, from the document's apiKey schemes. */
  sensitive: SensitiveNames;
}

/** Operations live beside this state on the generated client; the symbol keeps names apart. */
export interface RuntimeClient {
  readonly [clientState]: ClientState;
}

export function createRuntimeClient<S extends SchemeDescriptors, Ops extends object = OperationMap>(api: ApiDescriptor<S>, options: ClientOptions<S, Ops> = {}): RuntimeClient {
  const instance = options.axios ?? axios.create();
  const chosen = options.baseURL ?? instance.defaults.baseURL;
  const baseURL = resolveBaseURL(chosen ?? api.servers[0] ?? "");
  const useOperationServers = chosen === undefined;
  const layer = api.authRuntime;
  if (layer === undefined && Object.values(options.auth ?? {}).some((config: unknown) => config !== undefined && config !== null && config !== false)) {
    throw new TypeError("keyway: auth is configured but the ApiDescriptor carries no authRuntime to apply it (generated security.ts does)");
  }
  const auth = layer?.install(instance, {
    schemes: api.schemes,
    auth: (options.auth ?? {}) as AuthConfig<S>,
    baseURL,
    allowedOrigins: [...(options.allowedOrigins ?? []), ...(useOperationServers ? (api.operationServers ?? []) : [])],
    onAuthFailure: options.onAuthFailure,
    onTokensRefreshed: options.onTokensRefreshed,
    ...options.tokenRefresh,
    handlers: layer.handlers,
    // The client object gets its methods after this returns (createClient); a refresh that
    // names an operation looks it up when it runs.
    operation: (name) => lookup(client, name),
  });
  const state: ClientState = {
    api,
    axios: instance,
    baseURL,
    relativeBaseURL: !hasScheme(baseURL),
    useOperationServers,
    auth,
    options: options as ClientOptions,
    sensitive: sensitiveNames(api.schemes),
  };
  const client: RuntimeClient = { [clientState]: state };
  return client;
}

/** A method of the client by operation name: on the client, or in one of its tag namespaces. */
function lookup(client: object, name: string): ((args?: object, options?: object) => Promise<unknown>) | undefined {
  const methods = client as Record<string, unknown>;
  const direct = methods[name];
  if (typeof direct === "function") return direct as (args?: object, options?: object) => Promise<unknown>;
  for (const group of Object.values(methods)) {
    const method = group !== null && typeof group === "object" ? (group as Record<string, unknown>)[name] : undefined;
    if (typeof method === "function") return method as (args?: object, options?: object) => Promise<unknown>;
  }
  return undefined;
}

/**
 * OpenAPI 3.1 §4.8.5: a server URL may be relative, "relative to the location where the
 * document is served". The runtime does not know that location; in a browser the page's
 * URL is the best stand-in (same-origin deployments), in Node there is none, so a relative
 * URL stays relative and calls reject with a message asking for an absolute baseURL.
 */
export function resolveBaseURL(url: string): string {
  if (hasScheme(url)) return url;
  const page = pageURL();
  return page === undefined ? url : new URL(url, page).href;
}

/**
 * `signOut(client)`, exported by the generated index (DESIGN §4 "Hooks"). The auth handle
 * lives in the client's state under a symbol, so operations and state never share names.
 */
export function signOut(client: RuntimeClient): Promise<void> {
  const auth = client[clientState].auth;
  return auth === undefined ? Promise.resolve() : signOutAll(auth);
}

/**
 * After sign-in, hands the session's tokens to the client (DESIGN §4): a TokenSet, or the
 * sign-in operation's answer as it came (RFC 6749 §5.1 names, or `{ data: { accessToken } }`).
 * Stored in the token store of `scheme`, or of every token-carrying scheme, and passed to the
 * other tabs; a refresh of the previous session still in flight is discarded.
 */
export function signIn(client: RuntimeClient, tokens: TokenSet | object, scheme?: string): Promise<void> {
  const auth = client[clientState].auth;
  if (auth === undefined) return Promise.reject(new TypeError("keyway: this client has no security schemes to sign in to"));
  const set = typeof (tokens as TokenSet).accessToken === "string" ? (tokens as TokenSet) : tokensFrom(tokens);
  return signInTo(auth, set, scheme);
}
