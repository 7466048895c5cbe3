// The TokenStores shipped with the runtime (DESIGN §4 "Tokens"). Browser storage is reached
// through structural types and globalThis so this file type-checks without the DOM lib.
import type { TokenSet, TokenStore } from "../config.js";
import { tabs } from "./cross-tab.js";
import { normalizeTokens } from "./expiry.js";

/** The default store: tokens live in this object only. */
export function memoryTokenStore(initial: TokenSet | null = null): TokenStore {
  let tokens = initial === null ? null : normalizeTokens(initial, null);
  return {
    get: () => tokens,
    // `set` is the moment of receipt, which is what `expiresIn` counts from (§4.1).
    set: (next) => {
      tokens = next === null ? null : normalizeTokens(next, null);
    },
  };
}

/** The part of the Web Storage interface a store needs. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface WebStorageStoreOptions {
  /** One refresh across the tabs sharing this store (DESIGN §4.11). Default true; false opts out. */
  crossTab?: boolean;
  /**
   * How tokens are written: keyway's JSON (default, keeps the refresh token and expiry), or
   * the raw access token alone, as apps that call `localStorage.setItem(key, token)` keep it.
   * Either is read: a raw string under the key is an access token (migration from that pattern).
   */
  format?: "json" | "raw";
  /** Another Storage (tests, or a wrapper); default the browser's. */
  storage?: StorageLike;
}

/** Tokens in `localStorage` under `key`: shared by every tab of the origin. */
export function localStorageTokenStore(key: string, options: WebStorageStoreOptions = {}): TokenStore {
  return webStorageStore(key, options.storage ?? browserStorage("localStorage"), options, false);
}

/** Tokens in `sessionStorage` under `key`: one tab's; cross-tab passes tokens by message. */
export function sessionStorageTokenStore(key: string, options: WebStorageStoreOptions = {}): TokenStore {
  return webStorageStore(key, options.storage ?? browserStorage("sessionStorage"), options, true);
}

/**
 * Cookie mode: the server keeps access and refresh tokens in HttpOnly cookies, so script
 * never sees them. Requests go `withCredentials`; a refresh posts with no token in it.
 */
export function cookieTokenStore(): TokenStore {
  return { get: () => null, set: () => undefined, cookieMode: true };
}

function webStorageStore(key: string, storage: StorageLike, options: WebStorageStoreOptions, perTab: boolean): TokenStore {
  const raw = options.format === "raw";
  return {
    get: () => parse(storage.getItem(key)),
    set: (tokens) => {
      if (tokens === null) storage.removeItem(key);
      else storage.setItem(key, raw ? tokens.accessToken : JSON.stringify(normalizeTokens(tokens, null)));
    },
    ...(options.crossTab === false ? {} : { crossTab: { name: `keyway:${key}`, perTab, tabs } }),
  };
}

/**
 * Stored text is input like any other: keyway's JSON, or a bare access token as the seed
 * pattern's `localStorage.setItem("accessToken", token)` left it; anything else reads as none.
 */
function parse(raw: string | null): TokenSet | null {
  if (raw === null || raw === "") return null;
  if (!raw.startsWith("{")) return /^[\x21-\x7e]+$/.test(raw) && raw !== "null" && raw !== "undefined" ? { accessToken: raw } : null;
  try {
    const value: unknown = JSON.parse(raw);
    if (value !== null && typeof value === "object" && typeof (value as TokenSet).accessToken === "string") {
      return value as TokenSet;
    }
  } catch {
    // Corrupt entry: treated as signed out rather than thrown at every request.
  }
  return null;
}

function browserStorage(name: "localStorage" | "sessionStorage"): StorageLike {
  const storage = (globalThis as Record<string, unknown>)[name] as StorageLike | undefined;
  if (storage === undefined) throw new TypeError(`${name} is not available here; pass options.storage`);
  return storage;
}
