// The user-facing shapes of the `auth` option (DESIGN §3, §4): token sets and stores, one
// config type per scheme type, picked from the document's SchemeDescriptors so that an
// unknown scheme name is a type error, the hooks and the refresh function. A leaf contract:
// it imports only descriptors.ts. The runtime's internal contracts are in contracts.ts.
import type { SchemeDescriptor, SchemeDescriptors } from "../descriptors.js";

export type MaybePromise<T> = T | Promise<T>;

/** DESIGN §4 "Tokens". `expiresIn` (seconds, RFC 6749 §5.1) is turned into `expiresAt` on receipt. */
export interface TokenSet {
  accessToken: string;
  refreshToken?: string | undefined;
  /** Epoch milliseconds. */
  expiresAt?: number | undefined;
  expiresIn?: number | undefined;
  tokenType?: string | undefined;
  scope?: string | undefined;
}

export interface TokenStore {
  get(): MaybePromise<TokenSet | null>;
  set(tokens: TokenSet | null): MaybePromise<void>;
  /** Cross-tab coordination (DESIGN §4.11), present on persistent stores that opted in. */
  readonly crossTab?: CrossTabOptions | undefined;
  /** Cookie mode: the server keeps the tokens in HttpOnly cookies; this store holds none. */
  readonly cookieMode?: true | undefined;
}

export interface CrossTabOptions {
  /** Name shared by every tab: lock name and BroadcastChannel name are derived from it. */
  readonly name: string;
  /**
   * How the tabs meet (runtime/auth/tokens/cross-tab.ts). The shipped web storage stores set
   * it, so that code is bundled only with them; without it a store refreshes in-process only.
   */
  readonly tabs?: TabCoordinator | undefined;
}

/**
 * Cross-tab locking and messaging for one store (DESIGN §4.11). `State` is the runtime's
 * per-store state (contracts.ts StoreState), opaque here so this file stays a leaf.
 */
export interface TabCoordinator<State = unknown> {
  /** Runs `work` holding the store's cross-tab lock where the platform has one. */
  lock<T>(store: TokenStore, work: () => Promise<T>): Promise<T>;
  /** Subscribes the store's shared state to the other tabs' messages, once per store. */
  connect(store: TokenStore, state: State): void;
}

export interface RefreshContext {
  /** Aborted when the refresh times out (DESIGN §4.5), so a custom refresh can stop early. */
  signal: AbortSignal;
}

/** Returns the new tokens; in cookie mode the result is ignored (the server set cookies). */
export type RefreshFn = (current: TokenSet | null, context: RefreshContext) => Promise<TokenSet | void>;

/** A value, or a function returning one; `null`/`undefined`/"" means "not configured now". */
export type Provider<T> = T | (() => MaybePromise<T | null | undefined>);

export interface TokenStoreConfig {
  tokens: TokenStore;
  refresh?: RefreshFn | undefined;
}

/** http bearer: a static token, a provider, or a store with an optional refresh. */
export type BearerConfig = Provider<string> | TokenStoreConfig;

export interface BasicCredentials {
  username: string;
  password: string;
}
export type BasicConfig = Provider<BasicCredentials>;

/** apiKey in header, query or cookie, as the scheme says. */
export type ApiKeyConfig = Provider<string>;

/** Any other http scheme: the whole Authorization value, e.g. `Digest ...` or `HOBA ...`. */
export type HttpRawConfig = Provider<string>;

export type OAuthFlowName = "authorizationCode" | "clientCredentials" | "password" | "implicit";

export interface OAuth2Config {
  clientId: string;
  /** Present for confidential clients (RFC 6749 §2.1); sent per `clientAuth`. */
  clientSecret?: string | undefined;
  /** RFC 6749 §2.3.1: HTTP Basic (default, and what servers MUST support) or body params. */
  clientAuth?: "basic" | "body" | undefined;
  scopes?: readonly string[] | undefined;
  /** Default: a memory store of this client. */
  tokens?: TokenStore | undefined;
  /** Which of the scheme's flows this client uses. Default: clientCredentials when it is
   * the scheme's only flow or when no `tokens` are given and a secret is; else the others. */
  flow?: OAuthFlowName | undefined;
  /** Extra token-request parameters (e.g. `audience`, `resource` per RFC 8707). */
  extraParams?: Readonly<Record<string, string>> | undefined;
}

export type OpenIdConnectConfig = OAuth2Config;

/** mutualTLS is configured on the transport (httpsAgent); `true` marks it as present. */
export type MutualTLSConfig = true;

type HttpConfig<N extends string> = Lowercase<N> extends "bearer"
  ? BearerConfig
  : Lowercase<N> extends "basic"
    ? BasicConfig
    : HttpRawConfig;

export type SchemeConfig<T extends SchemeDescriptor> = T extends { type: "http"; scheme: infer N extends string }
  ? HttpConfig<N>
  : T extends { type: "apiKey" }
    ? ApiKeyConfig
    : T extends { type: "oauth2" }
      ? OAuth2Config
      : T extends { type: "openIdConnect" }
        ? OpenIdConnectConfig
        : MutualTLSConfig;

/** The `auth` option of createClient: keys are the document's securitySchemes names. */
export type AuthConfig<S extends SchemeDescriptors> = { [K in keyof S]?: SchemeConfig<S[K]> };

export interface RefreshOptions {
  /** DESIGN §4.1: refresh before sending when expiry is this close. Default 30 000 ms. */
  skewMs?: number | undefined;
  /** DESIGN §4.5: a refresh taking longer is a transient failure. Default 30 000 ms. */
  timeoutMs?: number | undefined;
}

export interface AuthHooks {
  /** Once per failed refresh episode whose failure means the session is over (§4.5). */
  onAuthFailure?: ((error: Error) => void) | undefined;
  /** After each refresh whose tokens were stored; `scheme` is the securitySchemes name. */
  onTokensRefreshed?: ((tokens: TokenSet, scheme: string) => void) | undefined;
}
