// DESIGN §4.11: tabs sharing a persistent store refresh once between them (navigator.locks),
// pass tokens and sign-outs on (BroadcastChannel), and fall back to in-process single-flight.
// Two "tabs" here are two clients with two store objects over one or two Storage objects;
// BroadcastChannel is Node's own; navigator.locks is a minimal Web Locks stand-in.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TokenStore } from "../../../runtime/auth/config.js";
import { localStorageTokenStore, sessionStorageTokenStore, type StorageLike } from "../../../runtime/auth/tokens/stores.js";
import { harness, op } from "../../support/auth-harness.js";
import { CLIENT_ID, CLIENT_SECRET, startAuthServer, type AuthServer } from "../../support/auth-servers.js";
import { signOutAll } from "../../../runtime/auth/session.js";

let server: AuthServer;
beforeEach(async () => {
  server = await startAuthServer();
});
afterEach(async () => {
  Reflect.deleteProperty(globalThis, "navigator");
  await server.close();
});

const DEADLINE = 10_000;
const OAUTH = op([{ oauth: [] }]);

function storage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/**
 * Web Locks semantics that matter here: one holder per name, FIFO, and `ifAvailable` (the
 * callback gets null when the lock is held or queued for). `requests` counts grants.
 */
function installLocks(): { requests: number } {
  const tails = new Map<string, Promise<unknown>>();
  const taken = new Map<string, number>();
  const stats = { requests: 0 };
  type Callback<T> = (lock: { name: string } | null) => Promise<T>;
  const locks = {
    request<T>(name: string, ...args: [Callback<T>] | [{ ifAvailable?: boolean }, Callback<T>]): Promise<T> {
      const callback = args.length === 1 ? args[0] : args[1];
      if (args.length === 2 && args[0].ifAvailable === true && (taken.get(name) ?? 0) > 0) return Promise.resolve().then(() => callback(null));
      stats.requests += 1;
      taken.set(name, (taken.get(name) ?? 0) + 1);
      const run = (tails.get(name) ?? Promise.resolve()).then(() => callback({ name })).finally(() => taken.set(name, (taken.get(name) ?? 1) - 1));
      tails.set(name, run.catch(() => undefined));
      return run;
    },
  };
  Object.defineProperty(globalThis, "navigator", { value: { locks }, configurable: true });
  return stats;
}

function tab(store: TokenStore) {
  return harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("cross-tab refresh", () => {
  it("two tabs on one localStorage refresh once between them under navigator.locks", async () => {
    const stats = installLocks();
    const shared = storage();
    const key = `tokens-${server.port}`;
    const seed = localStorageTokenStore(key, { storage: shared });
    seed.set(server.issue({ ttl: -60 }));
    const one = tab(localStorageTokenStore(key, { storage: shared, crossTab: true }));
    const two = tab(localStorageTokenStore(key, { storage: shared, crossTab: true }));
    const results = await Promise.all([one.call(OAUTH), two.call(OAUTH)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(server.tokenRequests).toHaveLength(1);
    expect(stats.requests).toBe(2);
  }, DEADLINE);

  it("without the lock API the same stores fall back to in-process single-flight", async () => {
    const shared = storage();
    const store = localStorageTokenStore(`tokens-${server.port}`, { storage: shared, crossTab: true });
    store.set(server.issue({ ttl: -60 }));
    const one = tab(store);
    const results = await Promise.all(Array.from({ length: 10 }, () => one.call(OAUTH)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(server.tokenRequests).toHaveLength(1);
  }, DEADLINE);

  it("sessionStorage tabs receive the refreshed tokens and the sign-out by BroadcastChannel", async () => {
    installLocks();
    const key = `tokens-${server.port}`;
    const [mine, theirs] = [storage(), storage()];
    const issued = server.issue({ ttl: -60 });
    sessionStorageTokenStore(key, { storage: mine }).set(issued);
    sessionStorageTokenStore(key, { storage: theirs }).set(issued);
    const one = tab(sessionStorageTokenStore(key, { storage: mine, crossTab: true }));
    tab(sessionStorageTokenStore(key, { storage: theirs, crossTab: true }));
    await one.call(OAUTH);
    const refreshed = mine.map.get(key);
    await until(() => theirs.map.get(key) === refreshed);
    await signOutAll(one.handle);
    await until(() => !theirs.map.has(key));
    expect(mine.map.has(key)).toBe(false);
  }, DEADLINE);

  it("web storage stores are cross-tab by default; crossTab: false opts out (no channel, no lock)", async () => {
    const stats = installLocks();
    const shared = storage();
    const byDefault = localStorageTokenStore(`tokens-${server.port}`, { storage: shared });
    byDefault.set(server.issue({ ttl: -60 }));
    await tab(byDefault).call(OAUTH);
    expect(byDefault.crossTab?.name).toBe(`keyway:tokens-${server.port}`);
    expect(stats.requests).toBe(1);
    const optedOut = localStorageTokenStore(`other-${server.port}`, { storage: shared, crossTab: false });
    optedOut.set(server.issue({ ttl: -60 }));
    await tab(optedOut).call(OAUTH);
    expect(optedOut.crossTab).toBeUndefined();
    expect(stats.requests).toBe(1);
  }, DEADLINE);
});
