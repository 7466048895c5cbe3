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
  /** Cross-tab coordination (DESIGN §4.11): on for the web storage stores unless opted out. */
  readonly crossTab?: CrossTabOptions | undefined;
  /** Cookie mode: the server keeps the tokens in HttpOnly cookies; this store holds none. */
  readonly cookieMode?: true | undefined;
}

export interface CrossTabOptions {
  /** Name shared by every tab: lock name and BroadcastChannel name are derived from it. */
  readonly name: string;
  /** Each tab keeps its own copy (sessionStorage): new tokens reach the others by message only. */
  readonly perTab?: boolean | undefined;
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
  /**
   * Runs `work` holding the store's cross-tab lock where the platform has one; `contended`
   * says another tab held it first (and so, most likely, just refreshed).
   */
  lock<T>(store: TokenStore, work: (contended: boolean) => Promise<T>): Promise<T>;
  /** Subscribes the store's shared state to the other tabs' messages, once per store. */
  connect(store: TokenStore, state: State): void;
  /**
   * After storing new tokens, under the lock, a per-tab store (sessionStorage) leaves word
   * that `replaced` is spent. `catchUp`, under the lock in another tab, waits for the lock
   * holder's message when its own tokens are the spent ones, or when the lock was contended:
   * a tab's view of localStorage lags another tab's writes, so only the message is sure.
   */
  rotated(store: TokenStore, replaced: TokenSet | null): void;
  catchUp(store: TokenStore, state: State, current: TokenSet | null, timeoutMs: number, contended: boolean): Promise<void>;
}

export interface RefreshContext {
  /** Aborted when the refresh times out (DESIGN §4.5), so a custom refresh can stop early. */
  signal: AbortSignal;
}

/** Returns the new tokens; in cookie mode the result is ignored (the server set cookies). */
export type RefreshFn = (current: TokenSet | null, context: RefreshContext) => Promise<TokenSet | void>;

/** A value, or a function returning one; `null`/`undefined`/"" means "not configured now". */
export type Provider<T> = T | (() => MaybePromise<T | null | undefined>);

/** An operation method of a client whose operations are not known to the type (hand-written descriptors). */
export type LooseOperation = (args?: object, options?: object) => Promise<unknown>;
/** The client's operations as `refresh` sees them: name -> method (the generated Client's). */
export type OperationMap = Readonly<Record<string, LooseOperation>>;
type Method = (...args: never[]) => Promise<unknown>;
type OperationName<Ops> = { [K in keyof Ops & string]: Ops[K] extends Method ? K : never }[keyof Ops & string];
type ArgsOf<F> = F extends (args: infer A, ...rest: never[]) => unknown ? A : never;
type ResultOf<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

/**
 * DESIGN §4 "Refresh from the document": one of the document's operations does the refresh.
 * `args` builds its argument from the current tokens (default: an RFC 6749 §6 body,
 * `{ body: { refresh_token } }`, when there is a refresh token); `select` turns its typed
 * response into a TokenSet (default: RFC 6749 §5.1 names or TokenSet's own, at the top level
 * or under `data`).
 */
export type OperationRefresh<Ops extends object = OperationMap> = {
  [K in OperationName<Ops>]: {
    operation: K;
    args?: ((tokens: TokenSet | null) => ArgsOf<Ops[K]>) | undefined;
    select?: ((response: ResultOf<Ops[K]>) => TokenSet) | undefined;
  };
}[OperationName<Ops>];

/** A refresh function, or the document's operation by name (defaults as above), or with args/select. */
export type RefreshConfig<Ops extends object = OperationMap> = RefreshFn | OperationName<Ops> | OperationRefresh<Ops>;

export interface TokenStoreConfig<Ops extends object = OperationMap> {
  tokens: TokenStore;
  refresh?: RefreshConfig<Ops> | undefined;
}

/** http bearer: a static token, a provider, or a store with an optional refresh. */
export type BearerConfig<Ops extends object = OperationMap> = Provider<string> | TokenStoreConfig<Ops>;

export interface BasicCredentials {
  username: string;
  password: string;
}
export type BasicConfig = Provider<BasicCredentials>;

/** apiKey in header, query or cookie, as the scheme says. */
export type ApiKeyConfig = Provider<string> | BrowserManaged;

/**
 * An apiKey cookie the server set HttpOnly (a refresh token, a session id): script has no
 * value for it and sends none; operations that require it go `withCredentials` so the
 * browser attaches it (RFC 6265 §5.4).
 */
export interface BrowserManaged {
  browserManaged: true;
}

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

type HttpConfig<N extends string, Ops extends object> = Lowercase<N> extends "bearer"
  ? BearerConfig<Ops>
  : Lowercase<N> extends "basic"
    ? BasicConfig
    : HttpRawConfig;

export type SchemeConfig<T extends SchemeDescriptor, Ops extends object = OperationMap> = T extends { type: "http"; scheme: infer N extends string }
  ? HttpConfig<N, Ops>
  : T extends { type: "apiKey" }
    ? ApiKeyConfig
    : T extends { type: "oauth2" }
      ? OAuth2Config
      : T extends { type: "openIdConnect" }
        ? OpenIdConnectConfig
        : MutualTLSConfig;

/** The `auth` option of createClient: keys are the document's securitySchemes names; `Ops` types `refresh` by operation. */
export type AuthConfig<S extends SchemeDescriptors, Ops extends object = OperationMap> = { [K in keyof S]?: SchemeConfig<S[K], Ops> };

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
