// The state one TokenStore shares with everyone who uses it (DESIGN §4.2: two clients sharing
// one store share one refresh). It hangs off the store object in a registry reached through
// Symbol.for, so two generated clients, each with its own copy of this runtime, still meet.
import type { TokenSet, TokenStore } from "../config.js";
import type { StoreListener, StoreState } from "../contracts.js";
import { AuthError } from "../errors.js";

const REGISTRY = Symbol.for("keyway.auth.storeStates");

function registry(): WeakMap<TokenStore, StoreState> {
  const holder = globalThis as { [REGISTRY]?: WeakMap<TokenStore, StoreState> };
  holder[REGISTRY] ??= new WeakMap();
  return holder[REGISTRY];
}

export function stateOf(store: TokenStore): StoreState {
  const states = registry();
  let state = states.get(store);
  if (state === undefined) {
    state = { generation: 0, epoch: 0, listeners: new Set() };
    states.set(store, state);
  }
  return state;
}

/**
 * Joins the refresh episode in progress or starts `run` as the new one. The shared promise can be
 * rejected at once by `cancel` (sign-out) while `run` finishes on its own; it is forgotten
 * when settled, so after any failure the next request starts a fresh attempt (§4.5).
 */
export function shareFlight(state: StoreState, run: () => Promise<TokenSet | null>): Promise<TokenSet | null> {
  if (state.flight !== undefined) return state.flight;
  const flight = new Promise<TokenSet | null>((resolve, reject) => {
    state.cancel = reject;
    run().then(resolve, reject);
  });
  const forget = () => {
    if (state.flight === flight) {
      state.flight = undefined;
      state.cancel = undefined;
    }
  };
  flight.then(forget, forget);
  state.flight = flight;
  return flight;
}

/** DESIGN §4.9: sign-out empties the store and beats any refresh in flight. */
export async function signOutStore(store: TokenStore, state: StoreState, broadcast = true): Promise<void> {
  state.generation += 1;
  state.epoch += 1;
  state.cancel?.(new AuthError("signed_out", "signed out while a token refresh was in flight"));
  await store.set(null);
  if (broadcast) state.channel?.postMessage({ type: "signed-out" });
}

/** Each client using the store hears the episode once; a throwing hook changes nothing. */
export function notifyListeners(state: StoreState, call: (listener: StoreListener) => void): void {
  for (const listener of state.listeners) {
    try {
      call(listener);
    } catch {
      // A throwing hook must not turn a stored refresh into a failed one.
    }
  }
}
