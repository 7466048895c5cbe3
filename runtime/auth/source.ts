// One token-carrying scheme of one client, over its (possibly shared) TokenStore: what to send
// now (DESIGN §4.1), what to do about a 401 (§4.2-4.3), and the refresh itself (§4.5, §4.9).
import { isRejection } from "./classify.js";
import { AuthError } from "./errors.js";
import { isExpiring, normalizeTokens } from "./expiry.js";
import { notifyListeners, shareFlight, signOutStore, stateOf, type StoreState } from "./flight.js";
import type { AuthHooks, RefreshFn, TokenSet, TokenStore } from "./types.js";
import { waitFor, withDeadline, type WaitLimits } from "./wait.js";

export interface SourceOptions {
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

/** The access token to send and what identifies it for the stale-token check (§4.3). */
export interface Sendable {
  token: string | undefined;
  fingerprint: string;
}

export class TokenSource {
  // `declare`d and set below: no defineProperty helper per field in pre-ES2022 bundles.
  declare readonly cookieMode: boolean;
  private declare readonly state: StoreState;
  private declare readonly options: SourceOptions;

  constructor(options: SourceOptions) {
    this.options = options;
    this.state = stateOf(options.store);
    this.cookieMode = options.store.cookieMode === true;
    const { hooks, scheme } = options;
    this.state.listeners.add({
      onRefreshed: (tokens) => tokens !== null && hooks.onTokensRefreshed?.(tokens, scheme),
      onFailure: (error) => hooks.onAuthFailure?.(error),
    });
    // §4.11: only stores that opted in carry the cross-tab code (crosstab.ts).
    options.store.crossTab?.tabs?.connect(options.store, this.state);
  }

  /** What to send, or null when this scheme has nothing to send (signed out). */
  async sendable(limits: WaitLimits, proactive: boolean): Promise<Sendable | null> {
    if (this.cookieMode) {
      // §4.2: cookies being renewed right now are what to send; the browser attaches them.
      if (this.state.flight !== undefined) await waitFor(this.state.flight, limits);
      return { token: undefined, fingerprint: `#${this.state.generation}` };
    }
    const { store, acquires, skewMs } = this.options;
    let tokens = await store.get();
    if (this.state.flight !== undefined) {
      // §4.2: a refresh is already under way for this store; its result is what to send.
      tokens = await waitFor(this.state.flight, limits);
    } else if (tokens === null ? acquires : proactive && this.canRefresh && isExpiring(tokens, skewMs)) {
      tokens = await waitFor(this.refreshShared(), limits);
    }
    // A custom store is input too: anything without an access token reads as signed out.
    const token = tokens?.accessToken;
    return typeof token === "string" && token !== "" ? { token, fingerprint: token } : null;
  }

  /** After a 401 for `sent`: true when a retry has something new to send. */
  async recover(sent: string, limits: WaitLimits): Promise<boolean> {
    const current = this.cookieMode ? `#${this.state.generation}` : (await this.options.store.get())?.accessToken;
    // §4.3: replaced since the request left (or signed out: the retry then fails before sending).
    if (current !== sent && (current !== undefined || !this.options.acquires)) return true;
    if (!this.canRefresh) return false;
    await waitFor(this.state.flight ?? this.refreshShared(), limits);
    return true;
  }

  signOut(): Promise<void> {
    return signOutStore(this.options.store, this.state);
  }

  private get canRefresh(): boolean {
    return this.options.refresh !== undefined;
  }

  private refreshShared(): Promise<TokenSet | null> {
    return shareFlight(this.state, () => this.run());
  }

  private async run(): Promise<TokenSet | null> {
    const { store, timeoutMs } = this.options;
    const refresh = this.options.refresh;
    if (refresh === undefined) throw new AuthError("refresh_failed", "no way to refresh this token");
    const epoch = this.state.epoch;
    const before = await store.get();
    const tabs = store.crossTab?.tabs;
    const locked = async (): Promise<TokenSet | null> => {
      // §4.11: another tab may have refreshed while this one waited for the lock.
      const now = store.crossTab === undefined ? before : await store.get();
      if (now !== null && before !== null && now.accessToken !== before.accessToken) return now;
      const controller = new AbortController();
      let received: TokenSet | void;
      // Through a promise so a refresh that throws synchronously is classified like any other.
      const work = Promise.resolve().then(() => refresh(before, { signal: controller.signal }));
      try {
        received = await withDeadline(work, timeoutMs, controller, () => new AuthError("refresh_failed", `token refresh took longer than ${timeoutMs} ms`));
      } catch (error) {
        if (controller.signal.aborted) this.adoptLate(work, epoch, before);
        throw await this.failed(error, epoch, before);
      }
      return this.adopt(received, epoch, before);
    };
    return tabs === undefined ? locked() : tabs.lock(store, locked);
  }

  /** §4.9: the store found empty, or a sign-out since the start, discards the result. */
  private async adopt(received: TokenSet | void, epoch: number, before: TokenSet | null): Promise<TokenSet | null> {
    const { store, scheme } = this.options;
    if (this.state.epoch !== epoch || (before !== null && (await store.get()) === null)) {
      throw new AuthError("signed_out", "signed out while the token refresh was in flight; its result was discarded", { scheme });
    }
    this.state.generation += 1;
    if (this.cookieMode) return null;
    if (received === undefined || typeof received.accessToken !== "string" || received.accessToken === "") {
      throw new AuthError("refresh_failed", "the token refresh returned no access token", { scheme });
    }
    const tokens = normalizeTokens(received, before);
    await store.set(tokens);
    this.state.channel?.postMessage({ type: "tokens", tokens });
    notifyListeners(this.state, (listener) => listener.onRefreshed(tokens));
    return tokens;
  }

  /**
   * A refresh that ignored its timeout signal and answered late: its tokens are stored if
   * nothing happened meanwhile, since the server may have rotated (spent) the refresh token.
   */
  private adoptLate(work: Promise<TokenSet | void>, epoch: number, before: TokenSet | null): void {
    const late = async (received: TokenSet | void) => {
      const now = await this.options.store.get();
      if (this.state.flight === undefined && now?.accessToken === before?.accessToken) await this.adopt(received, epoch, before);
    };
    work.then(late).catch(() => undefined);
  }

  private async failed(error: unknown, epoch: number, before: TokenSet | null): Promise<AuthError> {
    const { store, scheme } = this.options;
    const secrets = [before?.accessToken, before?.refreshToken, ...(this.options.secrets ?? [])];
    if (this.state.epoch !== epoch) return new AuthError("signed_out", "signed out while the token refresh was in flight", { scheme });
    if (!isRejection(error)) {
      if (error instanceof AuthError) return error;
      return new AuthError("refresh_failed", "the token refresh failed; the tokens were kept, the next request tries again", { cause: error, scheme, secrets });
    }
    const failure = new AuthError("refresh_rejected", "the token refresh was rejected; the tokens were cleared", { cause: error, scheme, secrets });
    this.state.generation += 1;
    await store.set(null);
    this.state.channel?.postMessage({ type: "signed-out" });
    notifyListeners(this.state, (listener) => listener.onFailure(failure));
    return failure;
  }
}
