// The auth guarantees driven through the real request path (createRuntimeClient + request),
// the way every generated operation calls the runtime.
import { Readable } from "node:stream";
import { inspect } from "node:util";
import axios from "axios";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TokenSet } from "../../../runtime/auth/config.js";
import { AuthError } from "../../../runtime/auth/errors.js";
import { installAuth } from "../../../runtime/auth/install.js";
import { apiKeyScheme } from "../../../runtime/auth/schemes/handlers.js";
import { memoryTokenStore } from "../../../runtime/auth/tokens/stores.js";
import { createRuntimeClient, signOut, type ClientOptions } from "../../../runtime/client.js";
import type { OperationDescriptor } from "../../../runtime/descriptors.js";
import { ApiError } from "../../../runtime/errors.js";
import { request } from "../../../runtime/request.js";
import { fullAuthRuntime } from "./all-handlers.js";
import { op, rejection, schemes, type Schemes } from "../../support/auth-harness.js";
import { API_KEY, CLIENT_ID, CLIENT_SECRET, startAuthServer, type AuthServer } from "../../support/auth-servers.js";
import { allCodecs } from "../../support/all-codecs.js";

let server: AuthServer;
beforeEach(async () => {
  server = await startAuthServer();
});
afterEach(() => server.close());

const DEADLINE = 10_000;

function client(options: ClientOptions<Schemes>) {
  return createRuntimeClient({ schemes, servers: [server.origin], authRuntime: fullAuthRuntime, codecs: allCodecs }, options);
}

const GET: OperationDescriptor = op([{ oauth: [] }]);
const POST_JSON: OperationDescriptor = op([{ oauth: [] }], {
  method: "post",
  body: { required: true, media: [{ type: "application/json", kind: "json" }] },
});
const POST_STREAM: OperationDescriptor = op([{ oauth: [] }], {
  method: "post",
  body: { required: true, media: [{ type: "application/octet-stream", kind: "binary" }] },
});

function oauth(tokens: TokenSet) {
  return { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: memoryTokenStore(tokens) };
}

describe("auth through request()", () => {
  it("100 concurrent operations on an expired token: 1 refresh, 100 typed results", async () => {
    const api = client({ auth: { oauth: oauth(server.issue({ ttl: -60 })) } });
    const results = await Promise.all(Array.from({ length: 100 }, () => request<{ sub: string }>(api, GET)));
    expect(results.every((r) => r.sub === "user")).toBe(true);
    expect(server.tokenRequests).toHaveLength(1);
  }, DEADLINE);

  it("a JSON body is re-sent byte-identical after a 401, with the caller's Idempotency-Key", async () => {
    const old = server.issue();
    server.revoked.add(old.accessToken);
    const api = client({ auth: { oauth: oauth(old) } });
    await request(api, POST_JSON, { body: { name: "Rex", n: [1, 2] } }, { headers: { "Idempotency-Key": "k-1" } });
    const [first, retry] = server.requests;
    expect(retry.body).toBe(first.body);
    expect(retry.body).toBe('{"name":"Rex","n":[1,2]}');
    expect(retry.headers["idempotency-key"]).toBe("k-1");
  }, DEADLINE);

  it("a stream body gets a clear AuthError after a 401 instead of a hang", async () => {
    const old = server.issue();
    server.revoked.add(old.accessToken);
    const api = client({ auth: { oauth: oauth(old) } });
    const error = await rejection(request(api, POST_STREAM, { body: Readable.from([Buffer.from("bytes")]) }));
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe("not_replayable");
  }, DEADLINE);

  it("a final 401 becomes ApiError without the token in any rendering", async () => {
    const tokens = server.issue();
    const api = client({ auth: { oauth: oauth(tokens) } });
    const error = await rejection(request(api, op([{ oauth: [] }], { path: "/always-401" })));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10 })]) {
      expect(text).not.toContain(tokens.accessToken);
    }
    expect(server.tokenRequests).toHaveLength(1);
  }, DEADLINE);

  it("missing credentials reject with AuthError before sending, through the request path", async () => {
    const api = client({ auth: {} });
    const error = await rejection(request(api, GET));
    expect((error as AuthError).code).toBe("missing_credentials");
    expect(server.requests).toHaveLength(0);
  }, DEADLINE);

  it("a configured scheme whose handler the ApiDescriptor does not carry is refused when the client is made", () => {
    const only = { schemes, servers: [server.origin], authRuntime: { install: installAuth, handlers: { apiKey: apiKeyScheme } } };
    expect(() => createRuntimeClient(only, { auth: { headerKey: API_KEY, bearer: "token" } })).toThrow(
      'keyway: no handler for the bearer scheme "bearer"; ApiDescriptor.authRuntime.handlers must include it (generated security.ts does)',
    );
    // Schemes left unconfigured need none.
    expect(() => createRuntimeClient(only, { auth: { headerKey: API_KEY } })).not.toThrow();
    // No auth layer at all: configured credentials are refused rather than silently dropped.
    expect(() => createRuntimeClient({ schemes, servers: [server.origin] }, { auth: { headerKey: API_KEY } })).toThrow(
      "keyway: auth is configured but the ApiDescriptor carries no authRuntime to apply it (generated security.ts does)",
    );
  });

  it("without an auth layer, an operation that needs credentials rejects before sending; signOut resolves", async () => {
    const bare = createRuntimeClient({ schemes: {}, servers: [server.origin] });
    const error = await rejection(request(bare, op([{ headerKey: [] }], { path: "/echo" })));
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe("missing_credentials");
    expect(server.requests).toHaveLength(0);
    // Anonymous allowed, or no security at all: sent, with no credential on the wire.
    const anonymous = { path: "/echo", authorization: null, apiKey: null, cookie: null };
    await expect(request(bare, op([{}, { headerKey: [] }], { path: "/echo" }))).resolves.toMatchObject(anonymous);
    await expect(request(bare, op([], { path: "/echo" }))).resolves.toMatchObject(anonymous);
    expect(server.requests).toHaveLength(2);
    await expect(signOut(bare)).resolves.toBeUndefined();
  }, DEADLINE);

  it("apiKey in query on an operation without query parameters, and the caller's header wins", async () => {
    const api = client({ auth: { queryKey: API_KEY, headerKey: "configured" } });
    const res = await request<Record<string, unknown>>(api, op([{ queryKey: [], headerKey: [] }], { path: "/echo" }), {}, {
      headers: { "X-API-Key": "per-call" },
    });
    expect(res).toMatchObject({ query: { api_key: API_KEY }, apiKey: "per-call" });
  }, DEADLINE);

  it("signOut(client) empties the store; the next secured call rejects before sending", async () => {
    const store = memoryTokenStore(server.issue());
    const api = client({ auth: { oauth: { clientId: CLIENT_ID, tokens: store } } });
    await request(api, GET);
    await signOut(api);
    expect(store.get()).toBeNull();
    const error = await rejection(request(api, GET));
    expect((error as AuthError).code).toBe("missing_credentials");
    expect(server.requests).toHaveLength(1);
  }, DEADLINE);

  it("onTokensRefreshed and tokenRefresh.skewMs reach the auth layer from ClientOptions", async () => {
    const heard: string[] = [];
    const api = client({
      auth: { oauth: oauth(server.issue({ ttl: 50 })) },
      onTokensRefreshed: (_tokens, scheme) => heard.push(scheme),
      tokenRefresh: { skewMs: 60_000 },
    });
    await request(api, GET);
    expect(heard).toEqual(["oauth"]);
  }, DEADLINE);

  it("the caller's AbortSignal ends the wait for a held refresh", async () => {
    const release = server.holdTokens();
    const api = client({ auth: { oauth: oauth(server.issue({ ttl: -60 })) } });
    const controller = new AbortController();
    const pending = rejection(request(api, GET, {}, { signal: controller.signal }));
    while (server.tokenRequests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    expect(axios.isCancel(await pending)).toBe(true);
    release();
  }, DEADLINE);

  it("keyway adds interceptors to the client's instance only, never to the global axios", async () => {
    const before = [axios.interceptors.request, axios.interceptors.response].map((m) => JSON.stringify(m));
    const own = axios.create();
    client({ axios: own, auth: { headerKey: API_KEY } });
    expect([axios.interceptors.request, axios.interceptors.response].map((m) => JSON.stringify(m))).toEqual(before);
    const res = await axios.get<Record<string, unknown>>(`${server.origin}/echo`);
    expect(res.data.apiKey).toBeNull();
  }, DEADLINE);

  it("a multipart body and a Blob body are re-sent byte-identical after a 401", async () => {
    const multipart = op([{ oauth: [] }], {
      method: "post",
      body: { required: true, media: [{ type: "multipart/form-data", kind: "multipart" }] },
    });
    const binary = op([{ oauth: [] }], { method: "post", body: { required: true, media: [{ type: "application/octet-stream", kind: "binary" }] } });
    for (const [operation, body] of [
      [multipart, { name: "Rex", file: new Blob(["file bytes"], { type: "text/plain" }) }],
      [binary, new Blob([new Uint8Array([0, 1, 2, 255])])],
    ] as const) {
      server.requests.length = 0;
      const old = server.issue();
      server.revoked.add(old.accessToken);
      const api = client({ auth: { oauth: oauth(old) } });
      await request(api, operation, { body });
      const [first, retry] = server.requests;
      expect(retry.body.length).toBeGreaterThan(0);
      expect(retry.body).toBe(first.body);
      expect(retry.headers["content-type"]).toBe(first.headers["content-type"]);
    }
  }, DEADLINE);

  it("the instance's own interceptors keep working, on the first try and on the retry", async () => {
    const own = axios.create();
    const seen: string[] = [];
    own.interceptors.request.use((config) => {
      config.headers.set("X-Trace", "t-1");
      return config;
    });
    own.interceptors.response.use((response) => {
      seen.push(String(response.status));
      return response;
    });
    const old = server.issue();
    server.revoked.add(old.accessToken);
    const api = client({ axios: own, auth: { oauth: oauth(old) } });
    await request(api, GET);
    expect(server.requests.map((r) => r.headers["x-trace"])).toEqual(["t-1", "t-1"]);
    expect(seen).toEqual(["200"]); // registered before createClient: sees the final response once
  }, DEADLINE);

  it("interceptors added after createClient see one outcome: never a recovered 401, never the retried response twice", async () => {
    const own = axios.create();
    const old = server.issue();
    server.revoked.add(old.accessToken);
    const api = client({ axios: own, auth: { oauth: oauth(old) } });
    const outcomes: string[] = [];
    own.interceptors.response.use(
      (response) => {
        outcomes.push(`ok ${response.status}`);
        return response;
      },
      (error: unknown) => {
        outcomes.push(`error ${axios.isAxiosError(error) ? error.response?.status : "?"}`);
        throw error;
      },
    );
    await request(api, GET);
    expect(outcomes).toEqual(["ok 200"]);
    expect(server.requests).toHaveLength(2);
  }, DEADLINE);
});
