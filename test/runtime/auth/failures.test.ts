// DESIGN §4.5-4.7, §4.9-4.10 and the hooks: every failure path ends, in bounded time.
import { Readable } from "node:stream";
import axios from "axios";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TokenSet } from "../../../runtime/auth/config.js";
import { AuthError, SessionEndedError } from "../../../runtime/auth/errors.js";
import { memoryTokenStore } from "../../../runtime/auth/tokens/stores.js";
import { harness, op, rejection } from "../../support/auth-harness.js";
import { probe, tokenRequest } from "./transport-probe.js";
import { CLIENT_ID, CLIENT_SECRET, startAuthServer, type AuthServer } from "../../support/auth-servers.js";
import { signOutAll } from "../../../runtime/auth/session.js";

let server: AuthServer;
beforeEach(async () => {
  server = await startAuthServer();
});
afterEach(() => server.close());

const DEADLINE = 10_000;
const OAUTH = op([{ oauth: [] }]);

function expiredStore() {
  return memoryTokenStore(server.issue({ ttl: -60 }));
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("rejected and transient refresh failures (§4.5)", () => {
  it("400 invalid_grant: every waiter gets AuthError with the cause, the store is cleared, onAuthFailure once", async () => {
    server.tokenMode = "invalid_grant";
    const store = expiredStore();
    const failures: { error: Error; settled: number }[] = [];
    let settled = 0;
    let failed = () => {};
    const reported = new Promise<void>((resolve) => (failed = resolve));
    const onAuthFailure = (error: Error) => {
      failures.push({ error, settled });
      failed();
    };
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, tokens: store } }, { onAuthFailure });
    const errors = await Promise.all(Array.from({ length: 5 }, () => rejection(call(OAUTH)).finally(() => (settled += 1))));
    for (const error of errors) {
      expect(error).toBeInstanceOf(AuthError);
      expect((error as AuthError).code).toBe("refresh_rejected");
      expect(((error as AuthError).cause as { status?: number }).status).toBe(400);
      expect(((error as AuthError).cause as { data?: unknown }).data).toEqual({ error: "invalid_grant" });
    }
    // Each waiter its own instance; one code for the episode.
    expect(new Set(errors).size).toBe(5);
    expect(store.get()).toBeNull();
    await reported;
    // onAuthFailure ran once, after every waiter had settled (DESIGN §4.5).
    expect(failures.map((f) => f.settled)).toEqual([5]);
    expect(server.tokenRequests).toHaveLength(1);
  }, DEADLINE);

  it("a custom refresh throwing an error with status 401 counts as rejected", async () => {
    const store = expiredStore();
    const refresh = async (): Promise<TokenSet> => {
      throw Object.assign(new Error("session ended"), { status: 401 });
    };
    let failed = (_error: Error) => {};
    const reported = new Promise<Error>((resolve) => (failed = resolve));
    const { call } = harness(server, { bearer: { tokens: store, refresh } }, { onAuthFailure: (e) => failed(e) });
    const error = await rejection(call(op([{ bearer: [] }])));
    expect((error as AuthError).code).toBe("refresh_rejected");
    expect(((error as AuthError).cause as Error).message).toBe("session ended");
    expect(store.get()).toBeNull();
    expect(((await reported) as AuthError).code).toBe("refresh_rejected");
  }, DEADLINE);

  it("a custom refresh throwing SessionEndedError ends the session; a plain Error is transient", async () => {
    for (const [thrown, code] of [
      [new SessionEndedError("refresh token revoked"), "refresh_rejected"],
      [new Error("offline"), "refresh_failed"],
    ] as const) {
      const store = expiredStore();
      const before = store.get();
      const refresh = async (): Promise<TokenSet> => {
        throw thrown;
      };
      const { call } = harness(server, { bearer: { tokens: store, refresh } });
      const error = await rejection(call(op([{ bearer: [] }])));
      expect((error as AuthError).code).toBe(code);
      expect(((error as AuthError).cause as Error).message).toBe(thrown.message);
      expect(store.get()).toEqual(code === "refresh_rejected" ? null : before);
    }
  }, DEADLINE);

  it("500 from the token endpoint: AuthError, tokens kept, no onAuthFailure; the next request tries afresh and succeeds", async () => {
    server.tokenMode = "error500";
    const store = expiredStore();
    const before = store.get();
    const failures: Error[] = [];
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } }, { onAuthFailure: (e) => failures.push(e) });
    const errors = await Promise.all([rejection(call(OAUTH)), rejection(call(OAUTH))]);
    expect(errors.map((e) => (e as AuthError).code)).toEqual(["refresh_failed", "refresh_failed"]);
    expect(store.get()).toEqual(before);
    expect(failures).toHaveLength(0);
    server.tokenMode = "ok";
    expect((await call(OAUTH)).status).toBe(200);
    expect(server.tokenRequests).toHaveLength(2);
  }, DEADLINE);

  it("a token endpoint that hangs: the refresh times out as transient, waiters are released", async () => {
    server.tokenMode = "hang";
    const store = expiredStore();
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, tokens: store } }, { timeoutMs: 200 });
    const errors = await Promise.all([rejection(call(OAUTH)), rejection(call(OAUTH))]);
    expect(errors.map((e) => (e as AuthError).code)).toEqual(["refresh_failed", "refresh_failed"]);
    expect(store.get()).not.toBeNull();
  }, DEADLINE);

  it("a custom refresh that never settles is ended by the refresh timeout, and its signal is aborted", async () => {
    let signal: AbortSignal | undefined;
    const refresh = (_: TokenSet | null, context: { signal: AbortSignal }) => {
      signal = context.signal;
      return new Promise<TokenSet>(() => {});
    };
    const { call } = harness(server, { bearer: { tokens: expiredStore(), refresh } }, { timeoutMs: 100 });
    const error = await rejection(call(op([{ bearer: [] }])));
    expect((error as AuthError).code).toBe("refresh_failed");
    expect(signal?.aborted).toBe(true);
  }, DEADLINE);

  it("a token endpoint that is down (connection refused) is a transient failure", async () => {
    const store = expiredStore();
    await server.close();
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, tokens: store } });
    const error = await rejection(call(OAUTH));
    expect((error as AuthError).code).toBe("refresh_failed");
    expect(((error as AuthError).cause as { code?: string }).code).toBe("ECONNREFUSED");
    expect(store.get()).not.toBeNull();
    server = await startAuthServer();
  }, DEADLINE);

  it("a 200 from the token endpoint that is not a token response is a transient failure, tokens kept", async () => {
    server.tokenMode = "not_json";
    const store = expiredStore();
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, tokens: store } });
    const error = await rejection(call(OAUTH));
    expect((error as AuthError).code).toBe("refresh_failed");
    expect(store.get()).not.toBeNull();
  }, DEADLINE);

  it("an access token with CR/LF from the token endpoint is never put in a header", async () => {
    server.tokenMode = "crlf_token";
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, tokens: expiredStore() } });
    const error = await rejection(call(OAUTH));
    expect((error as AuthError).code).toBe("invalid_credential");
    expect(server.requests).toHaveLength(0);
  }, DEADLINE);

  it("queued requests never hang after a failed refresh (axios-auth-refresh #14)", async () => {
    server.tokenMode = "invalid_grant";
    const old = server.issue();
    server.revoked.add(old.accessToken);
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, tokens: memoryTokenStore(old) } });
    const settled = await Promise.allSettled(Array.from({ length: 30 }, () => call(OAUTH)));
    expect(settled.every((s) => s.status === "rejected")).toBe(true);
  }, DEADLINE);
});

describe("replay of bodies (§4.6)", () => {
  it("a stream body is not retried: clear AuthError, no hang (axios #6454)", async () => {
    const old = server.issue();
    server.revoked.add(old.accessToken);
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: memoryTokenStore(old) } });
    const error = await rejection(call(op([{ oauth: [] }], { method: "post" }), { data: Readable.from(["chunk"]), replayable: false }));
    expect((error as AuthError).code).toBe("not_replayable");
    expect((error as AuthError).message).toContain("stream");
    expect(server.requests).toHaveLength(1);
  }, DEADLINE);

  const bodies: [string, () => unknown, string][] = [
    ["JSON", () => ({ name: "Rex", tags: ["a", "ü"] }), '{"name":"Rex","tags":["a","ü"]}'],
    ["text", () => "plain text body", "plain text body"],
    ["URLSearchParams", () => new URLSearchParams({ a: "1", b: "x y" }), "a=1&b=x+y"],
  ];
  for (const [kind, make, wire] of bodies) {
    it(`a ${kind} body is re-sent byte-identical with the same headers, Idempotency-Key included`, async () => {
      const old = server.issue();
      server.revoked.add(old.accessToken);
      const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: memoryTokenStore(old) } });
      const headers = { "Idempotency-Key": "idem-42", "Content-Type": kind === "text" ? "text/plain" : kind === "JSON" ? "application/json" : "application/x-www-form-urlencoded" };
      await call(op([{ oauth: [] }], { method: "post" }), { data: make(), headers });
      const [first, retry] = server.requests;
      expect(retry.body).toBe(wire);
      expect(retry.body).toBe(first.body);
      expect(retry.headers["idempotency-key"]).toBe("idem-42");
      expect(retry.headers["content-type"]).toBe(first.headers["content-type"]);
      expect(retry.headers.authorization).not.toBe(first.headers.authorization);
    }, DEADLINE);
  }
});

describe("abort and timeout of one waiter (§4.7)", () => {
  it("an aborted caller stops waiting at once; the shared refresh goes on and its rotated tokens are stored", async () => {
    const store = expiredStore();
    const release = server.holdTokens();
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
    const controller = new AbortController();
    const aborted = rejection(call(OAUTH, { signal: controller.signal }));
    const patient = call(OAUTH);
    await until(() => server.tokenRequests.length === 1);
    controller.abort();
    expect(axios.isCancel(await aborted)).toBe(true);
    release();
    expect((await patient).status).toBe(200);
    expect(server.tokenRequests).toHaveLength(1);
    expect((store.get() as TokenSet).refreshToken).toMatch(/^rt-2-/);
  }, DEADLINE);

  it("a caller's timeout ends its wait with axios's timeout error; others still get the refresh", async () => {
    const store = expiredStore();
    const release = server.holdTokens();
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
    const timedOut = rejection(call(OAUTH, { timeout: 50 }));
    const patient = call(OAUTH);
    const error = await timedOut;
    expect(axios.isAxiosError(error) && error.code).toBe("ECONNABORTED");
    release();
    expect((await patient).status).toBe(200);
    expect(server.tokenRequests).toHaveLength(1);
  }, DEADLINE);
});

describe("sign-out during a refresh (§4.9)", () => {
  it("signOut wins: waiters reject, the refresh result is discarded, the store stays empty", async () => {
    const store = expiredStore();
    const release = server.holdTokens();
    const transport = probe(server.origin);
    const { call, handle } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } }, { instance: transport.instance });
    const waiting = Promise.all([rejection(call(OAUTH)), rejection(call(OAUTH))]);
    await until(() => server.tokenRequests.length === 1);
    await signOutAll(handle);
    const errors = await waiting;
    expect(errors.map((e) => (e as AuthError).code)).toEqual(["signed_out", "signed_out"]);
    release();
    // The discarded refresh's answer has reached the runtime and been dealt with.
    await transport.answered(tokenRequest);
    expect(server.tokenRequests).toHaveLength(1);
    expect(store.get()).toBeNull();
    const after = await rejection(call(OAUTH));
    expect((after as AuthError).code).toBe("missing_credentials");
  }, DEADLINE);

  it("a store found empty when the refresh returns discards the result", async () => {
    const store = expiredStore();
    const release = server.holdTokens();
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
    const waiting = rejection(call(OAUTH));
    await until(() => server.tokenRequests.length === 1);
    store.set(null); // e.g. another part of the app logged out through the store itself
    release();
    expect(((await waiting) as AuthError).code).toBe("signed_out");
    expect(store.get()).toBeNull();
  }, DEADLINE);
});

describe("public calls and hooks (§4.10, hooks)", () => {
  it("a public call never waits for a refresh in flight, so a custom refresh may use the client's public operation", async () => {
    const issued = server.issue();
    const store = memoryTokenStore({ ...issued, expiresAt: Date.now() - 1 });
    let client: ReturnType<typeof harness> | undefined;
    const refresh = async (current: TokenSet | null): Promise<TokenSet> => {
      // Public operation on the same client while its own refresh is in flight.
      const res = await client!.call(op([], { path: "/public/session" }));
      expect(res.status).toBe(200);
      const body = new URLSearchParams({ grant_type: "refresh_token", refresh_token: current?.refreshToken ?? "", client_id: CLIENT_ID });
      const token = await axios.post<{ access_token: string }>(`${server.origin}/token`, body.toString());
      return { accessToken: token.data.access_token };
    };
    client = harness(server, { bearer: { tokens: store, refresh } });
    expect((await client.call(op([{ bearer: [] }]))).status).toBe(200);
  }, DEADLINE);

  it("onTokensRefreshed hears each stored refresh once, with the new tokens and the scheme name", async () => {
    const heard: [TokenSet, string][] = [];
    const store = expiredStore();
    const { call } = harness(
      server,
      { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } },
      { onTokensRefreshed: (tokens, scheme) => heard.push([tokens, scheme]) },
    );
    await Promise.all([call(OAUTH), call(OAUTH), call(OAUTH)]);
    expect(heard).toHaveLength(1);
    expect(heard[0][1]).toBe("oauth");
    expect(heard[0][0]).toEqual(store.get());
  }, DEADLINE);

  it("rotated refresh tokens replace the old ones: one-time refresh tokens survive consecutive refreshes", async () => {
    const store = expiredStore();
    server.accessTtl = 20; // each issued access token is already inside the skew
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
    for (let i = 0; i < 3; i += 1) expect((await call(OAUTH)).status).toBe(200);
    expect(server.tokenRequests).toHaveLength(3);
    const presented = server.tokenRequests.map((r) => new URLSearchParams(r.body).get("refresh_token"));
    expect(new Set(presented).size).toBe(3);
  }, DEADLINE);
});

describe("a refresh answering after its timeout", () => {
  it("its rotated tokens are still stored when nothing happened meanwhile (the old refresh token may be spent)", async () => {
    const store = expiredStore();
    const fresh = server.issue();
    let finish: (tokens: TokenSet) => void = () => {};
    const refresh = () => new Promise<TokenSet>((resolve) => (finish = resolve)); // ignores its signal
    const heard: TokenSet[] = [];
    const { call } = harness(server, { bearer: { tokens: store, refresh } }, { timeoutMs: 50, onTokensRefreshed: (t) => heard.push(t) });
    const error = await rejection(call(op([{ bearer: [] }])));
    expect((error as AuthError).code).toBe("refresh_failed");
    finish({ accessToken: fresh.accessToken, refreshToken: fresh.refreshToken });
    await until(() => heard.length === 1);
    expect((store.get() as TokenSet).refreshToken).toBe(fresh.refreshToken);
    expect((await call(op([{ bearer: [] }]))).status).toBe(200);
  }, DEADLINE);

  it("a refresh function that throws synchronously is a refresh failure, not a crash of the interceptor", async () => {
    const refresh = (): Promise<TokenSet> => {
      throw Object.assign(new Error("no session"), { status: 400 });
    };
    const { call } = harness(server, { bearer: { tokens: expiredStore(), refresh } });
    const error = await rejection(call(op([{ bearer: [] }])));
    expect((error as AuthError).code).toBe("refresh_rejected");
  }, DEADLINE);
});
