// The refresh episode (README glossary): one refresh call and every request waiting on it.
// It ends once, with tokens or one AuthError whose code sorts the failure (DESIGN §4.5); a
// sign-out during it wins (§4.9); across tabs it runs under the store's lock (§4.11).
import type { RefreshFn, TokenSet } from "../config.js";
import type { StoreState, TokenSourceOptions } from "../contracts.js";
import { AuthError } from "../errors.js";
import { safeCause } from "../safe-cause.js";
import { normalizeTokens } from "./expiry.js";
import { isRejection } from "./rejection.js";
import { notifyListeners, shareFlight } from "./store-state.js";
import { withDeadline } from "./wait.js";

interface Episode {
  options: TokenSourceOptions;
  state: StoreState;
  /** The sign-out count when the episode began: another one at its end discards it (§4.9). */
  epoch: number;
  /** The tokens the refresh started from. */
  before: TokenSet | null;
}

/**
 * A token source's refresh: joins the store's episode in flight, or starts one from `seen`,
 * the tokens its caller found expiring or refused. Not re-read here: another tab may store
 * its new tokens between the caller's read and this call, and the episode must then adopt
 * them (the check under the lock) rather than spend their fresh refresh token.
 */
export function sharedRefresh(options: TokenSourceOptions, state: StoreState): (seen: TokenSet | null) => Promise<TokenSet | null> {
  return (seen) => shareFlight(state, () => runEpisode(options, state, seen));
}

async function runEpisode(options: TokenSourceOptions, state: StoreState, seen: TokenSet | null): Promise<TokenSet | null> {
  const { store, refresh } = options;
  if (refresh === undefined) throw new AuthError("refresh_failed", "no way to refresh this token");
  const epoch = state.epoch;
  const episode: Episode = { options, state, epoch, before: seen };
  const tabs = store.crossTab?.tabs;
  return tabs === undefined ? locked(episode, refresh, false) : tabs.lock(store, (contended) => locked(episode, refresh, contended));
}

/** The refresh call itself, under the cross-tab lock when the store has one. */
async function locked(episode: Episode, refresh: RefreshFn, contended: boolean): Promise<TokenSet | null> {
  const { store, timeoutMs } = episode.options;
  const { before } = episode;
  // §4.11: another tab (or client of the store) may have refreshed while this one waited;
  // its message may have to be waited for first (cross-tab.ts).
  await store.crossTab?.tabs?.catchUp(store, episode.state, before, timeoutMs, contended);
  const now = await store.get();
  if (now !== null && before !== null && now.accessToken !== before.accessToken) return now;
  const controller = new AbortController();
  let received: TokenSet | void;
  // Through a promise so a refresh that throws synchronously is classified like any other.
  const work = Promise.resolve().then(() => refresh(before, { signal: controller.signal }));
  try {
    received = await withDeadline(work, timeoutMs, controller, () => new AuthError("refresh_failed", `token refresh took longer than ${timeoutMs} ms`));
  } catch (error) {
    if (controller.signal.aborted) adoptLate(episode, work);
    return failed(episode, error);
  }
  return adopt(episode, received);
}

/** §4.9: the store found empty, or a sign-out since the start, discards the result. */
async function adopt(episode: Episode, received: TokenSet | void): Promise<TokenSet | null> {
  const { options, state, epoch, before } = episode;
  const { store, scheme } = options;
  if (state.epoch !== epoch || (before !== null && (await store.get()) === null)) {
    throw new AuthError("signed_out", "signed out while the token refresh was in flight; its result was discarded", { scheme });
  }
  state.generation += 1;
  if (store.cookieMode === true) return null;
  if (received === undefined || typeof received.accessToken !== "string" || received.accessToken === "") {
    throw new AuthError("refresh_failed", "the token refresh returned no access token", { scheme });
  }
  const tokens = normalizeTokens(received, before);
  await store.set(tokens);
  // §4.11: stored, announced and marked spent before the lock is released.
  state.channel?.postMessage({ type: "tokens", tokens });
  store.crossTab?.tabs?.rotated(store, before);
  notifyListeners(state, (listener) => listener.onRefreshed(tokens));
  return tokens;
}

/**
 * A refresh that ignored its timeout signal and answered late: its tokens are stored if
 * nothing happened meanwhile, since the server may have rotated (spent) the refresh token.
 */
function adoptLate(episode: Episode, work: Promise<TokenSet | void>): void {
  const late = async (received: TokenSet | void) => {
    const now = await episode.options.store.get();
    if (episode.state.flight === undefined && now?.accessToken === episode.before?.accessToken) await adopt(episode, received);
  };
  work.then(late).catch(() => undefined);
}

/**
 * §4.5: a rejection clears the store and tells every client once; anything else keeps the
 * tokens. Compare, then clear: when the store holds other tokens than the ones this episode
 * tried (another tab rotated the refresh token first, and the server said "already used"),
 * those are adopted and the waiters retry with them (§4.11).
 */
async function failed(episode: Episode, error: unknown): Promise<TokenSet> {
  const { options, state, epoch, before } = episode;
  const { scheme, store } = options;
  const secrets = [before?.accessToken, before?.refreshToken, ...(options.secrets ?? [])];
  if (state.epoch !== epoch) throw new AuthError("signed_out", "signed out while the token refresh was in flight", { scheme });
  if (!isRejection(error)) {
    // Tabs queued for the lock wait for a word from its holder (cross-tab.ts catchUp).
    state.channel?.postMessage({ type: "refresh-failed" });
    if (error instanceof AuthError) throw error;
    throw new AuthError("refresh_failed", "the token refresh failed; the tokens were kept, the next request tries again", { cause: safeCause(error, secrets), scheme });
  }
  const now = await store.get();
  if (now !== null && now.accessToken !== before?.accessToken) return now;
  const failure = new AuthError("refresh_rejected", "the token refresh was rejected; the tokens were cleared", { cause: safeCause(error, secrets), scheme });
  state.generation += 1;
  if (now !== null) await store.set(null);
  state.channel?.postMessage({ type: "signed-out", rejected: before?.accessToken });
  // §4.5: onAuthFailure runs after every waiter has settled. Waiters settle in the microtasks
  // that follow this rejection; a task queued now runs after all of them (HTML §8.1.7.3).
  setTimeout(() => notifyListeners(state, (listener) => listener.onFailure(failure)), 0);
  throw failure;
}
