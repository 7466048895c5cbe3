// DESIGN §4.11: tabs sharing a persistent store refresh once between them. navigator.locks
// (Web Locks API) serialises the refresh across tabs; BroadcastChannel hands the new tokens
// and sign-outs to the others. On by default for the web storage stores; where either API is missing this falls back
// to the in-process single-flight alone. Structural types: this must compile without DOM.
// Reached only through a store's `crossTab.tabs` (stores.ts), so a client whose code uses
// no web storage store bundles none of it.
import type { TabCoordinator, TokenSet, TokenStore } from "../config.js";
import type { ChannelLike, StoreState } from "../contracts.js";
import { signOutStore } from "./store-state.js";

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

type ChannelConstructor = new (name: string) => ChannelLike & { unref?: () => void };

/** The longest a tab that queued for the lock waits for its holder's message. */
const CONTENDED_WAIT_MS = 1_000;

function locks(): LockManagerLike | undefined {
  const navigator = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return typeof navigator?.locks?.request === "function" ? navigator.locks : undefined;
}

/**
 * Runs `work` holding the store's cross-tab lock when the store coordinates and locks exist.
 * First without waiting: a lock another tab holds is one that tab is refreshing under.
 */
function withTabLock<T>(store: TokenStore, work: (contended: boolean) => Promise<T>): Promise<T> {
  const manager = store.crossTab === undefined ? undefined : locks();
  if (manager === undefined) return work(false);
  const name = `${store.crossTab?.name}:refresh`;
  return manager.request(name, { ifAvailable: true }, (lock) => (lock === null ? manager.request(name, () => work(true)) : work(false)));
}

/** Subscribes the store's state to the other tabs' messages, once per store. */
function connectTabs(store: TokenStore, state: StoreState): void {
  if (store.crossTab === undefined || state.channel !== undefined) return;
  const Channel = (globalThis as unknown as { BroadcastChannel?: ChannelConstructor }).BroadcastChannel;
  if (Channel === undefined) return;
  const channel = new Channel(store.crossTab.name);
  // In Node a channel keeps the process alive; a tab has no such concern.
  channel.unref?.();
  channel.onmessage = (event) => void receive(store, state, event.data);
  state.channel = channel;
}

/**
 * A per-tab store's lock holder leaves, in localStorage, a one-way fingerprint of the access
 * token it replaced (never a token). A duplicated tab that gets the lock next, still holding
 * that token because the BroadcastChannel message has not been handled yet (the lock grant
 * and the message travel apart), waits for the message instead of spending the refresh token
 * a second time.
 */
function rotated(store: TokenStore, replaced: TokenSet | null): void {
  if (store.crossTab?.perTab !== true || replaced === null) return;
  sharedStorage()?.setItem(`${store.crossTab.name}:replaced`, fingerprint(replaced.accessToken));
}

async function catchUp(store: TokenStore, state: StoreState, current: TokenSet | null, timeoutMs: number, contended: boolean): Promise<void> {
  if (store.crossTab === undefined || current === null) return;
  const spent = store.crossTab.perTab === true && sharedStorage()?.getItem(`${store.crossTab.name}:replaced`) === fingerprint(current.accessToken);
  if (!spent && !contended) return;
  // A holder posts before it releases the lock, so its word comes within milliseconds. A holder
  // that found fresh tokens and refreshed nothing posts none: bound that wait, after which this
  // tab refreshes and a "refresh token already used" answer adopts the other tab's tokens.
  const limit = spent ? timeoutMs : Math.min(timeoutMs, CONTENDED_WAIT_MS);
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, limit);
    state.arrived = () => {
      clearTimeout(timer);
      state.arrived = undefined;
      resolve();
    };
    // The message may have been handled already, between the lock grant and now.
    void Promise.resolve(store.get()).then((now) => now?.accessToken !== current.accessToken && state.arrived?.());
  });
}

/** What the web storage stores put in `crossTab.tabs`. */
export const tabs: TabCoordinator<StoreState> = { lock: withTabLock, connect: connectTabs, rotated, catchUp };

/** FNV-1a, 32 bits: names a token without revealing it. */
function fingerprint(token: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i += 1) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function sharedStorage(): { getItem(key: string): string | null; setItem(key: string, value: string): void } | undefined {
  try {
    return (globalThis as { localStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void } }).localStorage;
  } catch {
    // Storage disabled (privacy settings throw on access): no handoff, the refresh runs.
    return undefined;
  }
}

/**
 * Another tab refreshed or signed out: adopt its result; a flight here now loses (§4.9). A
 * rejected refresh names the access token it gave up on: only a tab still holding that one
 * signs out, so a late failure never wipes tokens this tab got since (§4.5 compare, then clear).
 */
async function receive(store: TokenStore, state: StoreState, data: unknown): Promise<void> {
  if (data === null || typeof data !== "object") return;
  const message = data as { type?: unknown; tokens?: TokenSet; rejected?: unknown };
  if (message.type === "refresh-failed") return state.arrived?.();
  if (message.type === "signed-out") {
    if (typeof message.rejected !== "string" || (await store.get())?.accessToken === message.rejected) await signOutStore(store, state, false);
    return state.arrived?.();
  }
  if (message.type === "tokens" && typeof message.tokens?.accessToken === "string") {
    // sessionStorage is per tab, so the tokens travel in the message; localStorage already has them.
    const current = await store.get();
    if (current?.accessToken !== message.tokens.accessToken) await store.set(message.tokens);
    state.generation += 1;
    state.arrived?.();
  }
}
