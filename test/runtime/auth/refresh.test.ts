// DESIGN §4.1-4.4: proactive refresh, one shared refresh, stale-token retry, at most one retry.
import axios from "axios";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RefreshFn, TokenSet } from "../../../runtime/auth/config.js";
import { AuthError } from "../../../runtime/auth/errors.js";
import { memoryTokenStore } from "../../../runtime/auth/tokens/stores.js";
import { harness, op, rejection } from "../../support/auth-harness.js";
import { probe } from "./transport-probe.js";
import { CLIENT_ID, CLIENT_SECRET, API_KEY, startAuthServer, type AuthServer } from "../../support/auth-servers.js";

let server: AuthServer;
beforeEach(async () => {
  server = await startAuthServer();
});
afterEach(() => server.close());

const DEADLINE = 10_000;
const OAUTH = op([{ oauth: [] }]);
const BEARER = op([{ bearer: [] }]);

function oauthConfig(tokens: TokenSet | null) {
  return { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: memoryTokenStore(tokens) };
}

/** A custom `refresh` for bearer schemes: the refresh_token grant against the test server. */
function customRefresh(calls: { n: number }): RefreshFn {
  return async (current) => {
    calls.n += 1;
    const body = new URLSearchParams({ grant_type: "refresh_token", refresh_token: current?.refreshToken ?? "", client_id: CLIENT_ID });
    const res = await axios.post<{ access_token: string; refresh_token: string; expires_in: number }>(`${server.origin}/token`, body.toString());
    return { accessToken: res.data.access_token, refreshToken: res.data.refresh_token, expiresIn: res.data.expires_in };
  };
}

describe("proactive refresh (§4.1)", () => {
  it("refreshes a token whose expiresAt is inside the 30 s skew before sending", async () => {
    const issued = server.issue({ ttl: 10 }); // still valid for 10 s: inside the skew
    const { call } = harness(server, { oauth: oauthConfig(issued) });
    const res = await call(OAUTH);
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.requests).toHaveLength(1); // no 401 round trip
    expect(res.data.authorization).not.toBe(`Bearer ${issued.accessToken}`);
  }, DEADLINE);

  it("does not refresh a token outside the skew", async () => {
    const issued = server.issue({ ttl: 120 });
    const { call } = harness(server, { oauth: oauthConfig(issued) });
    const res = await call(OAUTH);
    expect(res.data.authorization).toBe(`Bearer ${issued.accessToken}`);
    expect(server.tokenRequests).toHaveLength(0);
  }, DEADLINE);

  it("takes expiry from expires_in counted from receipt when there is no expiresAt", async () => {
    const issued = server.issue({ ttl: 3600 });
    const store = memoryTokenStore({ accessToken: "opaque-1", refreshToken: issued.refreshToken, expiresIn: 5 });
    expect((store.get() as TokenSet).expiresAt).toBeGreaterThan(Date.now());
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
    await call(OAUTH);
    expect(server.tokenRequests).toHaveLength(1);
  }, DEADLINE);

  it("takes expiry from the JWT's exp when nothing else says it", async () => {
    const issued = server.issue({ ttl: 5 });
    const store = memoryTokenStore({ accessToken: issued.accessToken, refreshToken: issued.refreshToken });
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
    const res = await call(OAUTH);
    expect(server.tokenRequests).toHaveLength(1);
    expect(res.data.authorization).toBe(`Bearer ${(store.get() as TokenSet).accessToken}`);
  }, DEADLINE);

  it("sends an opaque token without expiry as is, and refreshes it only on 401", async () => {
    const issued = server.issue();
    const store = memoryTokenStore({ accessToken: "opaque-and-invalid", refreshToken: issued.refreshToken });
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
    const res = await call(OAUTH);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer opaque-and-invalid", res.data.authorization]);
    expect(server.tokenRequests).toHaveLength(1);
  }, DEADLINE);
});

describe("single flight (§4.2)", () => {
  it("100 concurrent requests on an expired token: exactly 1 refresh call, 100 successes", async () => {
    const issued = server.issue({ ttl: -60 });
    const { call } = harness(server, { oauth: oauthConfig(issued) });
    const results = await Promise.all(Array.from({ length: 100 }, () => call(OAUTH)));
    expect(server.tokenRequests).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(100);
    expect(new Set(results.map((r) => r.data.authorization)).size).toBe(1);
  }, DEADLINE);

  it("concurrent 401s for a revoked token share one refresh; each request is retried once", async () => {
    const issued = server.issue();
    server.revoked.add(issued.accessToken);
    const { call } = harness(server, { oauth: oauthConfig(issued) });
    const results = await Promise.all(Array.from({ length: 20 }, () => call(OAUTH)));
    expect(server.tokenRequests).toHaveLength(1);
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(server.requests.length).toBeLessThanOrEqual(40); // each at most twice
  }, DEADLINE);

  it("a second 401 arriving while the refresh is in flight waits for it (axios-auth-refresh #307)", async () => {
    const issued = server.issue();
    server.revoked.add(issued.accessToken);
    const release = server.holdTokens();
    const transport = probe(server.origin);
    const { call } = harness(server, { oauth: oauthConfig(issued) }, { instance: transport.instance });
    const both = Promise.all([call(OAUTH), call(OAUTH)]);
    // Both left with the old token and both 401s reached the runtime while the refresh is
    // held at the token endpoint.
    await transport.answered((_config, status) => status === 401, 2);
    expect(server.tokenRequests).toHaveLength(1);
    release();
    const [a, b] = await both;
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.requests).toHaveLength(4);
  }, DEADLINE);

  it("two clients sharing one store share one refresh: a one-time refresh token is spent once (axios-auth-refresh #210)", async () => {
    const store = memoryTokenStore(server.issue({ ttl: -60 }));
    const config = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store };
    const one = harness(server, { oauth: config });
    const two = harness(server, { oauth: config });
    const results = await Promise.all([one.call(OAUTH), two.call(OAUTH), one.call(OAUTH), two.call(OAUTH)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(server.tokenRequests).toHaveLength(1);
  }, DEADLINE);

  it("two schemes with two stores refresh independently", async () => {
    const calls = { n: 0 };
    const { call } = harness(server, {
      oauth: oauthConfig(server.issue({ ttl: -60 })),
      bearer: { tokens: memoryTokenStore(server.issue({ ttl: -60 })), refresh: customRefresh(calls) },
    });
    const results = await Promise.all([call(OAUTH), call(BEARER), call(OAUTH), call(BEARER)]);
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(calls.n).toBe(1);
    expect(server.tokenRequests).toHaveLength(2);
  }, DEADLINE);
});

describe("stale token and retry bounds (§4.3, §4.4)", () => {
  it("a 401 for a token replaced meanwhile is retried with the current token, without another refresh", async () => {
    const old = server.issue();
    const store = memoryTokenStore(old);
    const calls = { n: 0 };
    const { call } = harness(server, { bearer: { tokens: store, refresh: customRefresh(calls) } });
    const release = server.holdResources();
    const pending = call(op([{ bearer: [] }], { path: "/held/me" }));
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    // While the request is at the server with the old token, another client (or tab)
    // replaces it and the server revokes the old one.
    const fresh = server.issue();
    store.set(fresh);
    server.revoked.add(old.accessToken);
    release();
    const res = await pending;
    expect(res.data.authorization).toBe(`Bearer ${fresh.accessToken}`);
    expect(calls.n).toBe(0);
    expect(server.tokenRequests).toHaveLength(0);
    expect(server.requests).toHaveLength(2);
  }, DEADLINE);

  it("a caller re-sending error.config themselves gets the current token, not the one attached last time", async () => {
    const old = server.issue();
    server.revoked.add(old.accessToken);
    const store = memoryTokenStore(old);
    const { instance, call } = harness(server, { bearer: { tokens: store } });
    const error = await rejection(call(BEARER));
    const fresh = server.issue();
    store.set(fresh);
    const config = axios.isAxiosError(error) ? error.config : undefined;
    const res = await instance.request<Record<string, unknown>>({ ...config });
    expect(res.data.authorization).toBe(`Bearer ${fresh.accessToken}`);
  }, DEADLINE);

  it("the retry carries the new token, never the old one (axios-auth-refresh #54, #7)", async () => {
    const old = server.issue();
    server.revoked.add(old.accessToken);
    const { call } = harness(server, { oauth: oauthConfig(old) });
    await call(OAUTH);
    const sent = server.requests.map((r) => r.headers.authorization);
    expect(sent[0]).toBe(`Bearer ${old.accessToken}`);
    expect(sent[1]).not.toBe(sent[0]);
  }, DEADLINE);

  it("retries at most once: a server that always answers 401 gets 2 requests and 1 refresh", async () => {
    const { call } = harness(server, { oauth: oauthConfig(server.issue()) });
    const error = await rejection(call(op([{ oauth: [] }], { path: "/always-401" })));
    expect(axios.isAxiosError(error) && error.response?.status).toBe(401);
    expect(server.requests).toHaveLength(2);
    expect(server.tokenRequests).toHaveLength(1);
  }, DEADLINE);

  it("the refresh call is never intercepted: a 401 from the token endpoint ends, it does not loop (axios-auth-refresh #56, #152)", async () => {
    server.tokenMode = "unauthorized";
    const old = server.issue();
    server.revoked.add(old.accessToken);
    const { call } = harness(server, { oauth: oauthConfig(old) });
    const error = await rejection(call(OAUTH));
    expect((error as AuthError).code).toBe("refresh_rejected");
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  }, DEADLINE);

  it("a 401 on a call with only apiKey/basic credentials is not refreshed nor retried", async () => {
    const calls = { n: 0 };
    const { call } = harness(server, {
      headerKey: API_KEY,
      basic: { username: "u", password: "p" },
      bearer: { tokens: memoryTokenStore(server.issue()), refresh: customRefresh(calls) },
    });
    for (const security of [[{ headerKey: [] }], [{ basic: [] }]]) {
      const error = await rejection(call(op(security, { path: "/always-401" })));
      expect(axios.isAxiosError(error) && error.response?.status).toBe(401);
    }
    expect(server.requests).toHaveLength(2);
    expect(calls.n).toBe(0);
  }, DEADLINE);

  it("a 401 on a public call is not refreshed", async () => {
    const calls = { n: 0 };
    const { call } = harness(server, { bearer: { tokens: memoryTokenStore(server.issue()), refresh: customRefresh(calls) } });
    const error = await rejection(call(op([], { path: "/always-401" })));
    expect(axios.isAxiosError(error) && error.response?.status).toBe(401);
    expect(calls.n).toBe(0);
    expect(server.requests).toHaveLength(1);
  }, DEADLINE);

  it("a bearer store without `refresh` passes the 401 through after the stale-token check", async () => {
    const old = server.issue();
    server.revoked.add(old.accessToken);
    const { call } = harness(server, { bearer: { tokens: memoryTokenStore(old) } });
    const error = await rejection(call(BEARER));
    expect(axios.isAxiosError(error) && error.response?.status).toBe(401);
    expect(server.requests).toHaveLength(1);
  }, DEADLINE);
});

describe("the instance's interceptors on a retry (§4.12)", () => {
  it("a retried request passes through the request interceptors again (fresh CSRF header); response interceptors see one response per call", async () => {
    const issued = server.issue();
    server.revoked.add(issued.accessToken);
    const instance = axios.create({ baseURL: server.origin });
    let csrf = 0;
    const responses: number[] = [];
    // Registered before and after keyway's own interceptor: both run again on the retry.
    instance.interceptors.request.use((config) => {
      csrf += 1;
      config.headers.set("X-CSRF-Token", `csrf-${csrf}`);
      return config;
    });
    const { call } = harness(server, { oauth: oauthConfig(issued) }, { instance });
    const seen: string[] = [];
    instance.interceptors.request.use((config) => {
      seen.push(String(config.headers.get("X-CSRF-Token") ?? "none"));
      return config;
    });
    instance.interceptors.response.use((response) => {
      responses.push(response.status);
      return response;
    });
    const res = await call(OAUTH);
    expect(res.status).toBe(200);
    expect(server.requests.map((r) => r.headers["x-csrf-token"])).toEqual(["csrf-1", "csrf-2"]);
    expect(server.requests[1]?.headers.authorization).not.toBe(`Bearer ${issued.accessToken}`);
    // axios runs the last registered first: `seen` runs before the CSRF one, each time.
    expect(seen).toEqual(["none", "csrf-1"]);
    expect(responses).toEqual([200]);
  }, DEADLINE);
});

describe("403 and insufficient_scope (§4.8)", () => {
  it("a 403 is not refreshed", async () => {
    const { call } = harness(server, { oauth: oauthConfig(server.issue()) });
    const error = await rejection(call(op([{ oauth: [] }], { path: "/forbidden" })));
    expect(axios.isAxiosError(error) && error.response?.status).toBe(403);
    expect(server.tokenRequests).toHaveLength(0);
    expect(server.requests).toHaveLength(1);
  }, DEADLINE);

  it('a 401 with WWW-Authenticate: Bearer error="insufficient_scope" is not refreshed', async () => {
    const { call } = harness(server, { oauth: oauthConfig(server.issue()) });
    const error = await rejection(call(op([{ oauth: [] }], { path: "/insufficient" })));
    expect(axios.isAxiosError(error) && error.response?.status).toBe(401);
    expect(server.tokenRequests).toHaveLength(0);
  }, DEADLINE);
});
