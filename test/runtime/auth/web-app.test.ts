// What issue 11 added for web apps, in Node against the real auth server on 127.0.0.1:
// refresh naming a document operation, signIn after sign-in, cookie sessions
// (withCredentials, browser-managed apiKey cookies), web stores reading a raw token, and
// compare-then-clear between two stores over one storage (two tabs without coordination).
import { inspect } from "node:util";
import axios from "axios";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TokenSet } from "../../../runtime/auth/config.js";
import { localStorageTokenStore, memoryTokenStore, sessionStorageTokenStore, type StorageLike } from "../../../runtime/auth/tokens/stores.js";
import { createRuntimeClient, signIn, type ClientOptions } from "../../../runtime/client.js";
import type { RequestOptions } from "../../../runtime/contracts.js";
import type { OperationDescriptor } from "../../../runtime/descriptors.js";
import { ApiError } from "../../../runtime/errors.js";
import { request } from "../../../runtime/request.js";
import { fullAuthRuntime } from "./all-handlers.js";
import { op, rejection, schemes, type Schemes } from "../../support/auth-harness.js";
import { API_KEY, CLIENT_ID, startAuthServer, type AuthServer } from "../../support/auth-servers.js";
import { allCodecs } from "../../support/all-codecs.js";

let server: AuthServer;
beforeEach(async () => {
  server = await startAuthServer();
});
afterEach(() => server.close());

const DEADLINE = 10_000;
const ME = op([{ bearer: [] }]);
/** The document's own refresh operation: RFC 6749 §6 as a form, public. */
const REFRESH: OperationDescriptor = op([], {
  id: "refreshTokens",
  method: "post",
  path: "/refresh",
  body: { required: true, media: [{ type: "application/x-www-form-urlencoded", kind: "form" }] },
});
const PUBLIC = op([], { path: "/public/ping" });
const COOKIE_KEYED = op([{ cookieKey: [] }], { path: "/echo/cookie" });

type Method = (args?: object, options?: RequestOptions) => Promise<unknown>;

/** A client with the operations above as methods, as generated createClient assembles it. */
function client(options: ClientOptions<Schemes>) {
  const runtime = createRuntimeClient({ schemes, servers: [server.origin], authRuntime: fullAuthRuntime, codecs: allCodecs }, options);
  const methods: Record<string, Method> = {
    refreshTokens: (args, opts) => request(runtime, REFRESH, args, opts),
    me: (args, opts) => request(runtime, ME, args, opts),
  };
  return Object.assign(runtime, methods);
}

function memoryStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

describe("refresh from the document", () => {
  it("refresh names an operation: 20 concurrent calls on an expired token, 1 refresh through it, OAuth2 names read by default", async () => {
    const tokens = memoryTokenStore(server.issue({ ttl: -60 }));
    const refresh = {
      operation: "refreshTokens",
      args: (current: TokenSet | null) => ({ body: { grant_type: "refresh_token", refresh_token: current?.refreshToken ?? "", client_id: CLIENT_ID } }),
    };
    const api = client({ auth: { bearer: { tokens, refresh } } });
    const results = await Promise.all(Array.from({ length: 20 }, () => request<{ sub: string }>(api, ME)));
    expect(results.map((r) => r.sub)).toEqual(Array(20).fill("user"));
    expect(server.tokenRequests).toHaveLength(1);
    const stored = await tokens.get();
    expect(stored?.refreshToken).toMatch(/^rt-/);
    expect(stored?.expiresAt).toBeGreaterThan(Date.now());
  }, DEADLINE);

  it("a refresh naming no operation of the client fails as refresh_failed and keeps the tokens", async () => {
    const issued = server.issue({ ttl: -60 });
    const tokens = memoryTokenStore(issued);
    const api = client({ auth: { bearer: { tokens, refresh: "noSuchOperation" } } });
    await expect(request(api, ME)).rejects.toMatchObject({ name: "AuthError", code: "refresh_failed" });
    expect((await tokens.get())?.accessToken).toBe(issued.accessToken);
  }, DEADLINE);

  it("signIn hands a sign-in answer (RFC 6749 §5.1 names) to the store as a TokenSet", async () => {
    const tokens = memoryTokenStore();
    const api = client({ auth: { bearer: { tokens } } });
    const issued = server.issue();
    await signIn(api, { access_token: issued.accessToken, refresh_token: issued.refreshToken, expires_in: 60, token_type: "bearer" });
    const stored = await tokens.get();
    expect(stored?.accessToken).toBe(issued.accessToken);
    expect(stored?.refreshToken).toBe(issued.refreshToken);
    expect(stored?.expiresAt).toBeGreaterThan(Date.now());
    await expect(request<{ sub: string }>(api, ME)).resolves.toMatchObject({ sub: "user" });
  }, DEADLINE);
});

describe("cookie sessions", () => {
  it("withCredentials on the client covers public operations; per call it overrides the client", async () => {
    const seen: unknown[] = [];
    const instance = axios.create();
    instance.interceptors.request.use((config) => {
      seen.push(config.withCredentials);
      return config;
    });
    const api = client({ withCredentials: true, axios: instance });
    await request(api, PUBLIC);
    await request(api, PUBLIC, {}, { withCredentials: false });
    expect(seen).toEqual([true, false]);
  }, DEADLINE);

  it("an apiKey cookie declared browser-managed is sent withCredentials, with no Cookie header from script", async () => {
    const api = client({ auth: { cookieKey: { browserManaged: true } } });
    const answer = await request<{ cookie: string | null }>(api, COOKIE_KEYED);
    expect(answer.cookie).toBe(null);
    expect(server.requests[0]?.headers.cookie).toBe(undefined);
  }, DEADLINE);

  it("only a cookie can be browser-managed", () => {
    expect(() => client({ auth: { headerKey: { browserManaged: true } } })).toThrow("keyway: headerKey is an apiKey in header; only a cookie can be browser-managed");
  });
});

describe("web stores", () => {
  it("read a raw access token the app already keeps under its key; write keyway's JSON, or raw when asked", async () => {
    const storage = memoryStorage();
    storage.setItem("accessToken", "eyJhbGciOiJIUzI1NiJ9.e30.c2ln");
    const store = localStorageTokenStore("accessToken", { storage });
    expect(await store.get()).toEqual({ accessToken: "eyJhbGciOiJIUzI1NiJ9.e30.c2ln" });
    await store.set({ accessToken: "next", refreshToken: "rt-1" });
    expect(JSON.parse(storage.items.get("accessToken") ?? "")).toMatchObject({ accessToken: "next", refreshToken: "rt-1" });
    const raw = sessionStorageTokenStore("token", { storage, format: "raw" });
    await raw.set({ accessToken: "plain-token-1" });
    expect(storage.items.get("token")).toBe("plain-token-1");
    for (const junk of ["", "null", "not a token", "{broken"]) {
      storage.setItem("junk", junk);
      expect(await localStorageTokenStore("junk", { storage }).get()).toBe(null);
    }
  });

  it("a configured store that is empty says so, rather than 'not configured' (nothing is sent)", async () => {
    const api = client({ auth: { bearer: { tokens: localStorageTokenStore("accessToken", { storage: memoryStorage() }) } } });
    await expect(request(api, ME)).rejects.toMatchObject({
      code: "missing_credentials",
      message: "testOperation: needs bearer; bearer is configured but has no credential now (signed out, or its token store is empty; nothing was sent)",
    });
    expect(server.requests).toHaveLength(0);
  }, DEADLINE);

  it("compare, then clear: a refresh rejected after another store rotated the token adopts that store's tokens (crossTab off)", async () => {
    const storage = memoryStorage();
    const issued = server.issue({ ttl: -60 });
    const grant = (current: TokenSet | null) => ({ body: { grant_type: "refresh_token", refresh_token: current?.refreshToken ?? "", client_id: CLIENT_ID } });
    const first = localStorageTokenStore("session", { storage, crossTab: false });
    const second = localStorageTokenStore("session", { storage, crossTab: false });
    await first.set(issued);
    const tabA = client({ auth: { bearer: { tokens: first, refresh: { operation: "refreshTokens", args: grant } } } });
    let failures = 0;
    let aDone: Promise<unknown> = Promise.resolve();
    // Tab B read the old tokens, then sends its refresh only after tab A's rotated them.
    const late = async (current: TokenSet | null) => {
      await aDone;
      const answer = (await tabB.refreshTokens(grant(current))) as Record<string, string>;
      return { accessToken: answer.access_token ?? "" };
    };
    const tabB = client({ auth: { bearer: { tokens: second, refresh: late } }, onAuthFailure: () => (failures += 1) });
    aDone = request(tabA, ME);
    const [a, b] = await Promise.all([aDone, request<{ sub: string }>(tabB, ME)]);
    expect([a, b]).toMatchObject([{ sub: "user" }, { sub: "user" }]);
    expect(server.tokenRequests).toHaveLength(2);
    expect(server.tokenRequests.map((r) => r.body.includes(issued.refreshToken))).toEqual([true, true]);
    const kept = await second.get();
    expect(kept?.accessToken).not.toBe(issued.accessToken);
    expect(kept).toEqual(await first.get());
    expect(failures).toBe(0);
  }, DEADLINE);
});

describe("no credential in an ApiError", () => {
  it("a 403 that echoes Authorization and the api key in body and headers: message, JSON, inspect and properties keep none", async () => {
    const issued = server.issue();
    const api = client({ auth: { bearer: { tokens: memoryTokenStore(issued) }, headerKey: API_KEY } });
    const error = await rejection(request(api, op([{ bearer: [], headerKey: [] }], { id: "echoForbidden", path: "/echo-forbidden" })));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
    const shown = [String(error), (error as Error).stack, JSON.stringify(error), inspect(error, { depth: 8 }), JSON.stringify((error as ApiError).data)].join("\n");
    for (const secret of [issued.accessToken, API_KEY, ...issued.accessToken.split(".")]) expect(shown).not.toContain(secret);
    // The API's own words stay.
    expect((error as ApiError<number, { error: string }>).data.error).toBe("forbidden");
    expect(shown).toContain("echoForbidden");
  }, DEADLINE);
});
