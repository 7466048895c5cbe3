// The auth layer's internal contracts: what a scheme handler builds, what a token source
// answers, the state one token store shares, and what installAuth takes and returns. A leaf:
// types only, importing other leaf contracts and axios types. The user-facing `auth` option
// types are in config.ts.
import type { AxiosInstance, InternalAxiosRequestConfig } from "axios";
import type { SchemeDescriptor, SchemeDescriptors } from "../descriptors.js";
import type { HandlerKey } from "./schemes/handler-key.js";
import type { AuthConfig, AuthHooks, MaybePromise, RefreshFn, RefreshOptions, TokenSet, TokenStore } from "./config.js";

/** DESIGN §4.7: what ends one caller's wait for a shared refresh (its signal, its timeout). */
export interface WaitLimits {
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
}

/** What one scheme puts on one request (README glossary: credential). */
export interface Credential {
  scheme: string;
  /** `withCredentials`: cookie mode, the browser attaches HttpOnly cookies. `none`: mutualTLS. */
  in: "header" | "query" | "cookie" | "withCredentials" | "none";
  name: string;
  value: string;
  /** Where a query or cookie credential is put: false when the caller's value was kept (apply-api-key.ts). */
  place?: ((config: InternalAxiosRequestConfig, name: string, value: string) => boolean) | undefined;
  /** Token-carrying schemes: the source to ask on a 401, and what was sent (§4.3). */
  source?: TokenSource;
  fingerprint?: string;
}

/** One configured scheme at request time. */
export interface SchemeRuntime {
  /**
   * The credential to attach now, or null when this scheme is not configured now. Static
   * values answer synchronously: each promise here is an allocation and a tick on every call.
   */
  resolve(limits: WaitLimits): MaybePromise<Credential | null>;
}

/** A client method by operation name, looked up when a refresh runs (the client is built by then). */
export type OperationLookup = (name: string) => ((args?: object, options?: object) => Promise<unknown>) | undefined;

/** What every scheme handler of one client shares. */
export interface SchemeContext {
  baseURL: string;
  /** The client's own operations, for a `refresh` that names one (DESIGN §4 "Refresh from the document"). */
  operation: OperationLookup;
  /** The client's instance: token and discovery requests share its transport (token-endpoint.ts tokenClient). */
  instance: AxiosInstance;
  hooks: AuthHooks;
  skewMs: number;
  timeoutMs: number;
}

export interface BuiltScheme {
  runtime: SchemeRuntime;
  source?: TokenSource;
}

/** README glossary: turns one configured scheme into credentials. */
export type SchemeHandler = (name: string, scheme: SchemeDescriptor, config: unknown, context: SchemeContext) => BuiltScheme;

/** http schemes by their (case-insensitive, RFC 9110 §11.1) name: basic, bearer, or any other. */

export type SchemeHandlers = { readonly [K in HandlerKey]?: SchemeHandler };

/** The access token to send and what identifies it for the stale-token check (§4.3). */
export interface Sendable {
  token: string | undefined;
  fingerprint: string;
}

/**
 * One token-carrying scheme's view of its store. A closure rather than a class: its private
 * state is then local variables, which minify to single letters, where `this.state` would not.
 */
export interface TokenSource {
  readonly cookieMode: boolean;
  /** What to send, or null when this scheme has nothing to send (signed out). */
  sendable(limits: WaitLimits, proactive: boolean): Promise<Sendable | null>;
  /** After a 401 for `sent`: true when a retry has something new to send. */
  recover(sent: string, limits: WaitLimits): Promise<boolean>;
  signOut(): Promise<void>;
  /** A new session's tokens: stored, passed to the other tabs; a refresh in flight loses (§4.9). */
  signIn(tokens: TokenSet): Promise<void>;
}

export interface TokenSourceOptions {
  scheme: string;
  store: TokenStore;
  refresh?: RefreshFn | undefined;
  /** With an empty store, get tokens through `refresh(null)` (clientCredentials) instead of
   * counting the scheme as not configured. */
  acquires: boolean;
  skewMs: number;
  timeoutMs: number;
  hooks: AuthHooks;
  /** Client credentials to cut from refresh errors, besides the tokens themselves. */
  secrets?: readonly string[] | undefined;
}

export interface StoreListener {
  onRefreshed(tokens: TokenSet | null): void;
  onFailure(error: Error): void;
}

/** The state one TokenStore shares with every client using it (DESIGN §4.2). */
export interface StoreState {
  /** The refresh episode in flight, shared by every waiter (§4.2). */
  flight?: Promise<TokenSet | null> | undefined;
  /** Bumped whenever the tokens change (refresh, sign-out, another tab). In cookie mode it
   * stands for the token script can not see, to tell a stale-token 401 (§4.3). */
  generation: number;
  /** Bumped by each sign-out: an episode that ends under another epoch is discarded (§4.9). */
  epoch: number;
  /** Rejects the waiters of the episode in flight at once (sign-out). */
  cancel?: ((error: Error) => void) | undefined;
  /** Hooks of every client using the store: each hears each episode once (§4.5). */
  listeners: Set<StoreListener>;
  /** Cross-tab hookup, made on first use (§4.11). */
  channel?: ChannelLike | undefined;
  /** Called when another tab's tokens arrive by message (a per-tab store catching up, §4.11). */
  arrived?: (() => void) | undefined;
}

/** The part of BroadcastChannel this layer needs (structural: no DOM lib). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** What installAuth takes: the client's schemes, their configs, and the handlers to use. */
export interface AuthSetup<S extends SchemeDescriptors = SchemeDescriptors> extends AuthHooks, RefreshOptions {
  schemes: S;
  auth: AuthConfig<S>;
  baseURL: string;
  allowedOrigins: readonly string[];
  /** What turns each scheme type into credentials; the generated security.ts lists them. */
  handlers: SchemeHandlers;
  /** The client's operations by name; absent for an instance without a client (tests). */
  operation?: OperationLookup | undefined;
}

export interface AuthHandle {
  /**
   * The token sources of this client's configured schemes, or of the one named: what
   * signOut and signIn reach (session.ts, kept apart so apps that never call them bundle none of it).
   */
  sources(scheme?: string): TokenSource[];
}

/**
 * ApiDescriptor.authRuntime: the installer and the handlers of the scheme types a document
 * uses, imported one by one by the generated security.ts so a bundle keeps only these.
 */
export interface AuthRuntime {
  install(instance: AxiosInstance, setup: AuthSetup): AuthHandle;
  handlers: SchemeHandlers;
}
