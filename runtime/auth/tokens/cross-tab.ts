// DESIGN §4.11: tabs sharing a persistent store refresh once between them. navigator.locks
// (Web Locks API) serialises the refresh across tabs; BroadcastChannel hands the new tokens
// and sign-outs to the others. Opt-in per store; where either API is missing this falls back
// to the in-process single-flight alone. Structural types: this must compile without DOM.
// Reached only through a store's `crossTab.tabs` (stores.ts), so a client whose code uses
// no web storage store bundles none of it.
import type { TabCoordinator, TokenSet, TokenStore } from "../config.js";
import type { ChannelLike, StoreState } from "../contracts.js";
import { signOutStore } from "./store-state.js";

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

type ChannelConstructor = new (name: string) => ChannelLike & { unref?: () => void };

function locks(): LockManagerLike | undefined {
  const navigator = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return typeof navigator?.locks?.request === "function" ? navigator.locks : undefined;
}

/** Runs `work` holding the store's cross-tab lock when the store opted in and locks exist. */
function withTabLock<T>(store: TokenStore, work: () => Promise<T>): Promise<T> {
  const manager = store.crossTab === undefined ? undefined : locks();
  return manager === undefined ? work() : manager.request(`${store.crossTab?.name}:refresh`, work);
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

/** What the web storage stores put in `crossTab.tabs`. */
export const tabs: TabCoordinator<StoreState> = { lock: withTabLock, connect: connectTabs };

/** Another tab refreshed or signed out: adopt its result; a flight here now loses (§4.9). */
async function receive(store: TokenStore, state: StoreState, data: unknown): Promise<void> {
  if (data === null || typeof data !== "object") return;
  const message = data as { type?: unknown; tokens?: TokenSet };
  if (message.type === "signed-out") return signOutStore(store, state, false);
  if (message.type === "tokens" && typeof message.tokens?.accessToken === "string") {
    // sessionStorage is per tab, so the tokens travel in the message; localStorage already has them.
    const current = await store.get();
    if (current?.accessToken !== message.tokens.accessToken) await store.set(message.tokens);
    state.generation += 1;
  }
}
