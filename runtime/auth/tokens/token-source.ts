// One token-carrying scheme of one client, over its (possibly shared) TokenStore: what to send
// now (DESIGN §4.1) and what to do about a 401 (§4.2-4.3). The refresh itself is the store's
// refresh episode (refresh-episode.ts); sign-out is the store's (store-state.ts, §4.9).
import type { TokenSource, TokenSourceOptions, WaitLimits } from "../contracts.js";
import { AuthError, waiterCopy } from "../errors.js";
import { isExpiring, normalizeTokens } from "./expiry.js";
import { sharedRefresh } from "./refresh-episode.js";
import { signOutStore, stateOf } from "./store-state.js";
import { waitFor } from "./wait.js";

export function tokenSource(options: TokenSourceOptions): TokenSource {
  const { store, refresh, acquires, skewMs, hooks, scheme } = options;
  const state = stateOf(store);
  const cookieMode = store.cookieMode === true;
  state.listeners.add({
    onRefreshed: (tokens) => tokens !== null && hooks.onTokensRefreshed?.(tokens, scheme),
    onFailure: (error) => hooks.onAuthFailure?.(error),
  });
  // §4.11: only stores that opted in carry the cross-tab code (cross-tab.ts).
  store.crossTab?.tabs?.connect(store, state);
  const refreshShared = sharedRefresh(options, state);

  return {
    cookieMode,

    async sendable(limits, proactive) {
      if (cookieMode) {
        // §4.2: cookies being renewed right now are what to send; the browser attaches them.
        if (state.flight !== undefined) await join(state.flight, limits);
        return { token: undefined, fingerprint: `#${state.generation}` };
      }
      let tokens = await store.get();
      if (state.flight !== undefined) {
        // §4.2: a refresh is already under way for this store; its result is what to send.
        tokens = await join(state.flight, limits);
      } else if (tokens === null ? acquires : proactive && refresh !== undefined && isExpiring(tokens, skewMs)) {
        tokens = await join(refreshShared(tokens), limits);
      }
      // A custom store is input too: anything without an access token reads as signed out.
      const token = tokens?.accessToken;
      return typeof token === "string" && token !== "" ? { token, fingerprint: token } : null;
    },

    async recover(sent, limits) {
      const tokens = cookieMode ? null : await store.get();
      const current = cookieMode ? `#${state.generation}` : tokens?.accessToken;
      // §4.3: replaced since the request left (or signed out: the retry then fails before sending).
      if (current !== sent && (current !== undefined || !acquires)) return true;
      if (refresh === undefined) return false;
      await join(state.flight ?? refreshShared(tokens), limits);
      return true;
    },

    signOut: () => signOutStore(store, state),

    async signIn(tokens) {
      const next = normalizeTokens(tokens, null);
      // §4.9: the new session beats a refresh of the old one still in flight.
      state.generation += 1;
      state.epoch += 1;
      state.cancel?.(new AuthError("signed_out", "signed in again while a token refresh was in flight", { scheme }));
      await store.set(next);
      state.channel?.postMessage({ type: "tokens", tokens: next });
    },
  };
}

/** §4.5: each waiter settles with its own AuthError (the episode's one code), not a shared instance. */
function join<T>(episode: Promise<T>, limits: WaitLimits): Promise<T> {
  return waitFor(episode, limits).catch((error: unknown) => {
    throw error instanceof AuthError ? waiterCopy(error) : error;
  });
}
