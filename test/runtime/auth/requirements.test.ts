// DESIGN §4 "Security requirements, precisely" and the scheme types, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import axios from "axios";
import type { TokenSet } from "../../../runtime/auth/config.js";
import { AuthError } from "../../../runtime/auth/errors.js";
import { memoryTokenStore } from "../../../runtime/auth/tokens/stores.js";
import { installAllAuth } from "./all-handlers.js";
import { harness, op, rejection } from "../../support/auth-harness.js";
import { API_KEY, BASIC_PASSWORD, BASIC_USER, startAuthServer, type AuthServer } from "../../support/auth-servers.js";

let server: AuthServer;
beforeAll(async () => {
  server = await startAuthServer();
});
afterAll(() => server.close());

const DEADLINE = 10_000;

function lastRequest() {
  return server.requests[server.requests.length - 1];
}

describe("security requirements", () => {
  it("OR: applies only the first fully configured alternative, never two (hey-api #3195)", async () => {
    const { accessToken } = server.issue();
    const { call } = harness(server, { bearer: accessToken, headerKey: API_KEY });
    const res = await call(op([{ bearer: [] }, { headerKey: [] }]));
    expect(res.data.authorization).toBe(`Bearer ${accessToken}`);
    expect(res.data.apiKey).toBeNull();
  }, DEADLINE);

  it("OR: skips an alternative that is not configured and applies the next", async () => {
    const { call } = harness(server, { headerKey: API_KEY });
    const res = await call(op([{ bearer: [] }, { headerKey: [] }], { path: "/echo" }));
    expect(res.data.apiKey).toBe(API_KEY);
    expect(res.data.authorization).toBeNull();
  }, DEADLINE);

  it("OR: a provider returning nothing counts as not configured", async () => {
    const { call } = harness(server, { bearer: () => undefined, headerKey: () => API_KEY });
    const res = await call(op([{ bearer: [] }, { headerKey: [] }], { path: "/echo" }));
    expect(res.data).toMatchObject({ authorization: null, apiKey: API_KEY });
  }, DEADLINE);

  it("AND: attaches every scheme of the alternative", async () => {
    const { accessToken } = server.issue();
    const { call } = harness(server, { bearer: accessToken, queryKey: API_KEY, cookieKey: "c00kie" });
    const res = await call(op([{ bearer: [], queryKey: [], cookieKey: [] }]));
    expect(res.data).toMatchObject({ authorization: `Bearer ${accessToken}`, query: { api_key: API_KEY }, cookie: "session_key=c00kie" });
  }, DEADLINE);

  it("AND: one scheme missing rejects with AuthError before anything is sent", async () => {
    const before = server.requests.length;
    const { call } = harness(server, { bearer: "tok" });
    const error = await rejection(call(op([{ bearer: [], headerKey: [] }])));
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe("missing_credentials");
    expect((error as AuthError).message).toBe("testOperation: needs bearer + headerKey; none of these is configured (nothing was sent)");
    expect(server.requests.length).toBe(before);
  }, DEADLINE);

  it("nothing configured for a secured operation rejects before sending", async () => {
    const before = server.requests.length;
    const { call } = harness(server, {});
    const error = await rejection(call(op([{ bearer: [] }, { oauth: ["read"] }])));
    expect((error as AuthError).code).toBe("missing_credentials");
    expect(server.requests.length).toBe(before);
  }, DEADLINE);

  it("security: [] sends no credential even when schemes are configured", async () => {
    const { call } = harness(server, { bearer: "tok", headerKey: API_KEY, queryKey: API_KEY, cookieKey: "c" });
    const res = await call(op([], { path: "/public" }));
    expect(res.data).toMatchObject({ authorization: null, apiKey: null, cookie: null, query: {} });
  }, DEADLINE);

  it("[{}, {A}] attaches A when configured", async () => {
    const { call } = harness(server, { headerKey: API_KEY });
    const res = await call(op([{}, { headerKey: [] }], { path: "/public" }));
    expect(res.data.apiKey).toBe(API_KEY);
  }, DEADLINE);

  it("[{}, {A}] goes anonymous when A is not configured; a signed-out store counts as not configured", async () => {
    const { call } = harness(server, { bearer: { tokens: memoryTokenStore() } });
    const res = await call(op([{}, { bearer: [] }], { path: "/public" }));
    expect(res.data.authorization).toBeNull();
  }, DEADLINE);

  it("a header the caller set wins over the scheme's", async () => {
    const { accessToken } = server.issue();
    const { call } = harness(server, { bearer: "configured-token", headerKey: API_KEY });
    const res = await call(op([{ bearer: [], headerKey: [] }]), {
      headers: { authorization: `Bearer ${accessToken}`, "x-api-key": "caller-key" },
    });
    expect(res.data).toMatchObject({ authorization: `Bearer ${accessToken}`, apiKey: "caller-key" });
  }, DEADLINE);

  it("a query parameter the caller set wins (in the URL or in params)", async () => {
    const { call } = harness(server, { queryKey: API_KEY });
    const inUrl = await call(op([{ queryKey: [] }], { path: "/echo" }), { url: "/echo?api_key=mine&x=1" });
    expect(inUrl.data.query).toEqual({ api_key: "mine", x: "1" });
    const inParams = await call(op([{ queryKey: [] }], { path: "/echo" }), { params: { api_key: "mine2" } });
    expect(inParams.data.query).toEqual({ api_key: "mine2" });
  }, DEADLINE);

  it("apiKey in query is attached when the operation has no other query parameter (hey-api #3852)", async () => {
    const { call } = harness(server, { queryKey: "k y&=" });
    const res = await call(op([{ queryKey: [] }], { path: "/echo" }));
    expect(res.data.query).toEqual({ api_key: "k y&=" });
    expect(lastRequest().headers.authorization).toBeUndefined();
  }, DEADLINE);

  it("apiKey in cookie joins the caller's cookies, and the caller's cookie of the same name wins", async () => {
    const { call } = harness(server, { cookieKey: "v;injected=1" });
    const joined = await call(op([{ cookieKey: [] }], { path: "/echo" }), { headers: { Cookie: "theme=dark" } });
    // A value outside cookie-octet is percent-encoded: it can not add a second cookie.
    expect(joined.data.cookie).toBe("theme=dark; session_key=v%3Binjected=1");
    const mine = await call(op([{ cookieKey: [] }], { path: "/echo" }), { headers: { Cookie: "session_key=mine" } });
    expect(mine.data.cookie).toBe("session_key=mine");
  }, DEADLINE);

  it("apiKey in header uses the scheme's header name", async () => {
    const { call } = harness(server, { headerKey: async () => API_KEY });
    const res = await call(op([{ headerKey: [] }], { path: "/echo" }));
    expect(lastRequest().headers["x-api-key"]).toBe(API_KEY);
    expect(res.data.authorization).toBeNull();
  }, DEADLINE);

  it("basic: RFC 7617 UTF-8 user:password in base64", async () => {
    const { call } = harness(server, { basic: { username: BASIC_USER, password: BASIC_PASSWORD } });
    const res = await call(op([{ basic: [] }], { path: "/echo" }));
    const encoded = String(res.data.authorization).replace(/^Basic /, "");
    expect(Buffer.from(encoded, "base64").toString("utf8")).toBe(`${BASIC_USER}:${BASIC_PASSWORD}`);
  }, DEADLINE);

  it("basic: a username containing ':' is refused before sending", async () => {
    const before = server.requests.length;
    const { call } = harness(server, { basic: { username: "a:b", password: "p" } });
    const error = await rejection(call(op([{ basic: [] }], { path: "/echo" })));
    expect((error as AuthError).code).toBe("invalid_credential");
    expect(server.requests.length).toBe(before);
  }, DEADLINE);

  it("another http scheme sends its raw Authorization value", async () => {
    const { call } = harness(server, { digest: 'Digest username="u", nonce="n"' });
    const res = await call(op([{ digest: [] }], { path: "/echo" }));
    expect(res.data.authorization).toBe('Digest username="u", nonce="n"');
  }, DEADLINE);

  it("a provider is asked on every request", async () => {
    let n = 0;
    const { call } = harness(server, { headerKey: () => `key-${++n}` });
    await call(op([{ headerKey: [] }], { path: "/echo" }));
    const second = await call(op([{ headerKey: [] }], { path: "/echo" }));
    expect(second.data.apiKey).toBe("key-2");
  }, DEADLINE);

  it("a credential with CR/LF is refused and not echoed in the error (header injection)", async () => {
    const before = server.requests.length;
    const { call } = harness(server, { headerKey: "abcd\r\nX-Evil: 1" });
    const error = await rejection(call(op([{ headerKey: [] }], { path: "/echo" })));
    expect((error as AuthError).code).toBe("invalid_credential");
    expect(JSON.stringify(error)).not.toContain("X-Evil");
    expect(server.requests.length).toBe(before);
  }, DEADLINE);

  it("credentials go only to operations that need them: a call without keyway metadata gets none", async () => {
    const { instance } = harness(server, { bearer: "tok", headerKey: API_KEY });
    const res = await instance.get<Record<string, unknown>>("/echo");
    expect(res.data).toMatchObject({ authorization: null, apiKey: null });
  }, DEADLINE);
});

describe("one client per instance", () => {
  it("refuses a second client on the same axios instance instead of mixing their credentials", () => {
    const first = harness(server, { bearer: "a" });
    expect(() => harness(server, { bearer: "b" }, { instance: first.instance })).toThrow(
      "keyway: this axios instance already serves another client; give each client its own instance (axios.create())",
    );
  }, DEADLINE);
});

describe("hostile scheme names", () => {
  it("schemes named like Object's members find no configuration on Object.prototype", async () => {
    const hostile = { constructor: { type: "http", scheme: "bearer" }, toString: { type: "apiKey", in: "header", name: "X-API-Key" } } as const;
    const instance = axios.create({ baseURL: server.origin });
    installAllAuth(instance, { schemes: hostile, auth: {}, baseURL: server.origin, allowedOrigins: [] });
    const operation = op([{ constructor: [] }, { toString: [] }], { path: "/echo" });
    const error = await rejection(instance.request({ url: "/echo", keyway: { operation, replayable: true } }));
    expect((error as AuthError).code).toBe("missing_credentials");
  }, DEADLINE);

  it("a custom store returning something without an access token reads as signed out", async () => {
    const broken = { get: () => JSON.parse('{"refreshToken":"x"}') as TokenSet, set: () => undefined };
    const { call } = harness(server, { bearer: { tokens: broken } });
    const error = await rejection(call(op([{ bearer: [] }], { path: "/echo" })));
    expect((error as AuthError).code).toBe("missing_credentials");
    const anonymous = await call(op([{}, { bearer: [] }], { path: "/echo" }));
    expect(anonymous.data).toMatchObject({ authorization: null, cookie: null });
  }, DEADLINE);
});
