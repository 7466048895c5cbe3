// What the tests and the page (app.ts) agree on. Types only: the page is bundled for the
// browser, the tests run in Node, and both import this leaf.

/** How a tab sets up its client. */
export interface Setup {
  store: "local" | "session" | "memory";
  /** The web storage key; the app's own, e.g. the seed tutorials' "accessToken". */
  key?: string;
  /** Left out: the store's default (the configuration a new user has). */
  crossTab?: boolean;
  /** Left out: the document's `/api`, relative to the page (same origin). */
  baseURL?: string;
  /** The app's own function over POST /refresh-token, the document's operation by name, or
   * the HttpOnly cookie refresh returning `{ data: { accessToken } }`. */
  refresh: "custom" | "document" | "cookie";
  /** onAuthFailure sends the page to /login, as the seed tutorials do. */
  redirect?: boolean;
  /** An instance request interceptor setting a fresh X-CSRF-Token on every request. */
  csrf?: boolean;
}

export interface Settled {
  ok: boolean;
  value?: unknown;
  code?: string | undefined;
  status?: number | undefined;
  message?: string | undefined;
}

export interface TokenSetLike {
  accessToken: string;
  refreshToken?: string;
  expiresAt?: number;
}

export interface TokenStoreLike {
  get(): TokenSetLike | null | Promise<TokenSetLike | null>;
  set(tokens: TokenSetLike | null): void | Promise<void>;
}

type Operation = (args?: object, options?: object) => Promise<unknown>;

/** The operations of fixtures/security/browser-session.yaml the page calls. */
export interface PageClient {
  login: Operation;
  refreshToken: Operation;
  cookieLogin: Operation;
  getMe: Operation;
  echoForbidden: Operation;
  redirectAway: Operation;
}

/** The generated client's index, as far as the page uses it. */
export interface ClientModule {
  createClient(options: object): unknown;
  localStorageTokenStore(key: string, options?: object): TokenStoreLike;
  sessionStorageTokenStore(key: string, options?: object): TokenStoreLike;
  memoryTokenStore(): TokenStoreLike;
  signOut(client: object): Promise<void>;
  signIn(client: object, tokens: object, scheme?: string): Promise<void>;
}
