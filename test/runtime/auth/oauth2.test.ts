// OAuth2 / OIDC from the document (DESIGN §4 "Scheme types"): RFC 6749 §6 refresh_token grant,
// §4.4 client_credentials, §2.3.1 client authentication, OIDC discovery, cookie mode.
import axios from "axios";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TokenSet } from "../../../runtime/auth/config.js";
import { cookieTokenStore, memoryTokenStore } from "../../../runtime/auth/tokens/stores.js";
import { harness, op, rejection } from "../../support/auth-harness.js";
import { CLIENT_ID, CLIENT_SECRET, startAuthServer, type AuthServer } from "../../support/auth-servers.js";
import { cookieJar } from "../../support/cookie-jar.js";

let server: AuthServer;
beforeEach(async () => {
  server = await startAuthServer();
});
afterEach(() => server.close());

const DEADLINE = 10_000;

describe("refresh_token grant (RFC 6749 §6)", () => {
  it("confidential client: form-urlencoded body, HTTP Basic client authentication, to refreshUrl", async () => {
    const issued = server.issue({ ttl: -60 });
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: memoryTokenStore(issued) } });
    await call(op([{ oauth: [] }]));
    const [request] = server.tokenRequests;
    expect(request.path).toBe("/refresh"); // refreshUrl wins over tokenUrl
    expect(request.method).toBe("POST");
    expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({ grant_type: "refresh_token", refresh_token: issued.refreshToken });
    const basic = Buffer.from(String(request.headers.authorization).slice(6), "base64").toString();
    expect(basic).toBe(`${CLIENT_ID}:${encodeURIComponent(CLIENT_SECRET)}`);
  }, DEADLINE);

  it("public client: client_id in the body, no Authorization header", async () => {
    const issued = server.issue({ ttl: -60 });
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, tokens: memoryTokenStore(issued) } });
    await call(op([{ oauth: [] }]));
    const [request] = server.tokenRequests;
    expect(request.headers.authorization).toBeUndefined();
    expect(new URLSearchParams(request.body).get("client_id")).toBe(CLIENT_ID);
  }, DEADLINE);

  it("clientAuth 'body' sends client_secret as a parameter", async () => {
    const issued = server.issue({ ttl: -60 });
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, clientAuth: "body", tokens: memoryTokenStore(issued) } });
    await call(op([{ oauth: [] }]));
    expect(new URLSearchParams(server.tokenRequests[0].body).get("client_secret")).toBe(CLIENT_SECRET);
  }, DEADLINE);

  it("no refresh token in the store: the refresh is rejected without calling the endpoint", async () => {
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, tokens: memoryTokenStore({ accessToken: "x", expiresAt: 1 }) } });
    const error = await rejection(call(op([{ oauth: [] }])));
    expect((error as { code?: string }).code).toBe("refresh_rejected");
    expect(server.tokenRequests).toHaveLength(0);
  }, DEADLINE);
});

describe("client_credentials grant (RFC 6749 §4.4)", () => {
  it("acquires a token on first use, with the configured scopes", async () => {
    const { call } = harness(server, { service: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scopes: ["read", "write"] } });
    const res = await call(op([{ service: ["read"] }]));
    expect(res.data.sub).toBe("service");
    expect(Object.fromEntries(new URLSearchParams(server.tokenRequests[0].body))).toEqual({ grant_type: "client_credentials", scope: "read write" });
  }, DEADLINE);

  it("re-acquires when the token expires, and once for many concurrent callers", async () => {
    server.accessTtl = 20; // every acquired token is inside the skew at once
    const { call } = harness(server, { service: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } });
    await Promise.all(Array.from({ length: 10 }, () => call(op([{ service: [] }]))));
    expect(server.tokenRequests).toHaveLength(1);
    await call(op([{ service: [] }]));
    expect(server.tokenRequests).toHaveLength(2);
  }, DEADLINE);

  it("re-acquires on a 401 and retries", async () => {
    const store = memoryTokenStore();
    const { call } = harness(server, { service: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
    await call(op([{ service: [] }]));
    server.revoked.add((store.get() as TokenSet).accessToken);
    const res = await call(op([{ service: [] }]));
    expect(res.status).toBe(200);
    expect(server.tokenRequests).toHaveLength(2);
  }, DEADLINE);
});

describe("OpenID Connect", () => {
  it("finds the token endpoint by discovery once and caches it", async () => {
    const store = memoryTokenStore(server.issue({ ttl: -60 }));
    server.accessTtl = 20;
    const { call } = harness(server, { oidc: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
    for (let i = 0; i < 3; i += 1) await call(op([{ oidc: [] }]));
    expect(server.tokenRequests.map((r) => r.path)).toEqual(["/token", "/token", "/token"]);
    expect(server.discoveryRequests).toBe(1);
  }, DEADLINE);
});

describe("cookie mode", () => {
  it("sends withCredentials and no token; refreshes with no token in JS; retries with the new cookies", async () => {
    const jar = cookieJar();
    const instance = axios.create({ baseURL: server.origin, transport: jar.transport });
    const withCredentials: boolean[] = [];
    instance.interceptors.request.use((config) => {
      withCredentials.push(config.withCredentials === true);
      return config;
    });
    const issued = server.issue({ ttl: -60 });
    jar.cookies.set("access", issued.accessToken);
    jar.cookies.set("refresh", issued.refreshToken);
    const refresh = async () => {
      await axios.post(`${server.origin}/cookie-refresh`, null, { withCredentials: true, transport: jar.transport });
    };
    const { call } = harness(server, { bearer: { tokens: cookieTokenStore(), refresh } }, { instance });
    const res = await call(op([{ bearer: [] }], { path: "/session/me" }));
    expect(res.status).toBe(200);
    expect(res.data.authorization).toBeNull();
    // The first attempt and the retry, each through the instance's request interceptor (§4.12).
    expect(withCredentials).toEqual([true, true]);
    expect(server.requests).toHaveLength(2); // the 401 with the old cookie, the retry with the new one
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.tokenRequests[0].body).toBe("");
  }, DEADLINE);

  it("oauth2 in cookie mode posts the refresh grant withCredentials and without a refresh_token parameter", async () => {
    const store = cookieTokenStore();
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, tokens: store } });
    const error = await rejection(call(op([{ oauth: [] }], { path: "/session/me" })));
    // The server's refresh cookie is absent here (no jar): the grant is rejected, and bounded.
    expect((error as { code?: string }).code).toBe("refresh_rejected");
    const form = new URLSearchParams(server.tokenRequests[0].body);
    expect(form.get("grant_type")).toBe("refresh_token");
    expect(form.has("refresh_token")).toBe(false);
  }, DEADLINE);

  it("concurrent requests on expired cookies share one cookie refresh and all succeed", async () => {
    const jar = cookieJar();
    const instance = axios.create({ baseURL: server.origin, transport: jar.transport });
    const issued = server.issue({ ttl: -60 });
    jar.cookies.set("access", issued.accessToken);
    jar.cookies.set("refresh", issued.refreshToken);
    let refreshes = 0;
    const refresh = async () => {
      refreshes += 1;
      await axios.post(`${server.origin}/cookie-refresh`, null, { transport: jar.transport });
    };
    const { call } = harness(server, { bearer: { tokens: cookieTokenStore(), refresh } }, { instance });
    const results = await Promise.all(Array.from({ length: 10 }, () => call(op([{ bearer: [] }], { path: "/session/me" }))));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(refreshes).toBe(1);
  }, DEADLINE);
});
