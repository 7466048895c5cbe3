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

/**
 * One scheme's view of its store. A closure rather than a class: its private state is then
 * local variables, which minify to single letters, where `this.state.flight` would not.
 */
export interface TokenSource {
  readonly cookieMode: boolean;
  /** What to send, or null when this scheme has nothing to send (signed out). */
  sendable(limits: WaitLimits, proactive: boolean): Promise<Sendable | null>;
  /** After a 401 for `sent`: true when a retry has something new to send. */
  recover(sent: string, limits: WaitLimits): Promise<boolean>;
  signOut(): Promise<void>;
}

export function tokenSource(options: SourceOptions): TokenSource {
  const { store, refresh, acquires, skewMs, timeoutMs, hooks, scheme } = options;
  const state: StoreState = stateOf(store);
  const cookieMode = store.cookieMode === true;
  state.listeners.add({
    onRefreshed: (tokens) => tokens !== null && hooks.onTokensRefreshed?.(tokens, scheme),
    onFailure: (error) => hooks.onAuthFailure?.(error),
  });
  // §4.11: only stores that opted in carry the cross-tab code (crosstab.ts).
  store.crossTab?.tabs?.connect(store, state);

  const refreshShared = (): Promise<TokenSet | null> => shareFlight(state, run);

  async function run(): Promise<TokenSet | null> {
    if (refresh === undefined) throw new AuthError("refresh_failed", "no way to refresh this token");
    const epoch = state.epoch;
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
        if (controller.signal.aborted) adoptLate(work, epoch, before);
        throw await failed(error, epoch, before);
      }
      return adopt(received, epoch, before);
    };
    return tabs === undefined ? locked() : tabs.lock(store, locked);
  }

  /** §4.9: the store found empty, or a sign-out since the start, discards the result. */
  async function adopt(received: TokenSet | void, epoch: number, before: TokenSet | null): Promise<TokenSet | null> {
    if (state.epoch !== epoch || (before !== null && (await store.get()) === null)) {
      throw new AuthError("signed_out", "signed out while the token refresh was in flight; its result was discarded", { scheme });
    }
    state.generation += 1;
    if (cookieMode) return null;
    if (received === undefined || typeof received.accessToken !== "string" || received.accessToken === "") {
      throw new AuthError("refresh_failed", "the token refresh returned no access token", { scheme });
    }
    const tokens = normalizeTokens(received, before);
    await store.set(tokens);
    state.channel?.postMessage({ type: "tokens", tokens });
    notifyListeners(state, (listener) => listener.onRefreshed(tokens));
    return tokens;
  }

  /**
   * A refresh that ignored its timeout signal and answered late: its tokens are stored if
   * nothing happened meanwhile, since the server may have rotated (spent) the refresh token.
   */
  function adoptLate(work: Promise<TokenSet | void>, epoch: number, before: TokenSet | null): void {
    const late = async (received: TokenSet | void) => {
      const now = await store.get();
      if (state.flight === undefined && now?.accessToken === before?.accessToken) await adopt(received, epoch, before);
    };
    work.then(late).catch(() => undefined);
  }

  async function failed(error: unknown, epoch: number, before: TokenSet | null): Promise<AuthError> {
    const secrets = [before?.accessToken, before?.refreshToken, ...(options.secrets ?? [])];
    if (state.epoch !== epoch) return new AuthError("signed_out", "signed out while the token refresh was in flight", { scheme });
    if (!isRejection(error)) {
      if (error instanceof AuthError) return error;
      return new AuthError("refresh_failed", "the token refresh failed; the tokens were kept, the next request tries again", { cause: error, scheme, secrets });
    }
    const failure = new AuthError("refresh_rejected", "the token refresh was rejected; the tokens were cleared", { cause: error, scheme, secrets });
    state.generation += 1;
    await store.set(null);
    state.channel?.postMessage({ type: "signed-out" });
    notifyListeners(state, (listener) => listener.onFailure(failure));
    return failure;
  }

  return {
    cookieMode,

    async sendable(limits, proactive) {
      if (cookieMode) {
        // §4.2: cookies being renewed right now are what to send; the browser attaches them.
        if (state.flight !== undefined) await waitFor(state.flight, limits);
        return { token: undefined, fingerprint: `#${state.generation}` };
      }
      let tokens = await store.get();
      if (state.flight !== undefined) {
        // §4.2: a refresh is already under way for this store; its result is what to send.
        tokens = await waitFor(state.flight, limits);
      } else if (tokens === null ? acquires : proactive && refresh !== undefined && isExpiring(tokens, skewMs)) {
        tokens = await waitFor(refreshShared(), limits);
      }
      // A custom store is input too: anything without an access token reads as signed out.
      const token = tokens?.accessToken;
      return typeof token === "string" && token !== "" ? { token, fingerprint: token } : null;
    },

    async recover(sent, limits) {
      const current = cookieMode ? `#${state.generation}` : (await store.get())?.accessToken;
      // §4.3: replaced since the request left (or signed out: the retry then fails before sending).
      if (current !== sent && (current !== undefined || !acquires)) return true;
      if (refresh === undefined) return false;
      await waitFor(state.flight ?? refreshShared(), limits);
      return true;
    },

    signOut: () => signOutStore(store, state),
  };
}
