// Network errors, timeouts and aborts reject with axios's own error, redacted; ApiError
// and any error passed through redactError never show a credential (DESIGN §3, §4).
import { inspect } from "node:util";
import axios, { AxiosError, isAxiosError, isCancel, type AxiosInstance } from "axios";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntimeClient } from "../../../runtime/client.js";
import type { SchemeDescriptors } from "../../../runtime/descriptors.js";
import { ApiError } from "../../../runtime/errors.js";
import { addCookie } from "../../../runtime/headers.js";
import { redactError } from "../../../runtime/redact-error.js";
import { REDACTED, sensitiveNames } from "../../../runtime/redact.js";
import { request } from "../../../runtime/request.js";
import { hang, replyJson, startEchoServer, type EchoServer } from "../../support/echo-server.js";
import { op } from "./helpers.js";
import { allCodecs } from "../../support/all-codecs.js";

const SCHEMES: SchemeDescriptors = {
  bearer: { type: "http", scheme: "bearer" },
  queryKey: { type: "apiKey", in: "query", name: "api_key" },
  headerKey: { type: "apiKey", in: "header", name: "X-API-Key" },
  cookieKey: { type: "apiKey", in: "cookie", name: "sid" },
};
const SECRETS = ["BEARER-SECRET-1", "QUERY-SECRET-2", "HEADER-SECRET-3", "COOKIE-SECRET-4", "PROXY-SECRET-5"];

/** An instance whose interceptor attaches every kind of credential, like the auth runtime. */
function credentialed(query: "params" | "url" = "params"): AxiosInstance {
  const instance = axios.create();
  instance.interceptors.request.use((config) => {
    config.headers.set("Authorization", `Bearer ${SECRETS[0]}`);
    if (query === "params") config.params = { ...config.params, api_key: SECRETS[1] };
    else config.url = `${config.url ?? ""}?api_key=${SECRETS[1]}`;
    config.headers.set("X-API-Key", SECRETS[2]);
    addCookie(config.headers, "sid", SECRETS[3]);
    config.headers.set("Proxy-Authorization", `Basic ${SECRETS[4]}`);
    return config;
  });
  return instance;
}

function expectNoSecret(error: unknown): void {
  const views = [
    String(error),
    (error as Error).message,
    (error as Error).stack ?? "",
    JSON.stringify(error),
    inspect(error, { depth: Infinity, showHidden: true }),
    inspect((error as { config?: unknown }).config, { depth: Infinity }),
    inspect((error as { request?: unknown }).request, { depth: Infinity }),
    inspect((error as { response?: { config?: unknown } }).response?.config, { depth: Infinity }),
  ];
  for (const view of views) for (const secret of SECRETS) expect(view).not.toContain(secret);
}

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

const rc = (baseURL: string, timeout?: number, query: "params" | "url" = "params") =>
  createRuntimeClient({ schemes: SCHEMES, servers: [], codecs: allCodecs }, { baseURL, axios: credentialed(query), timeout });
const getPet = op({ id: "getPet", path: "/pets/{petId}", params: [{ name: "petId", in: "path", style: "simple", explode: false }] });

describe("network errors", () => {
  it("connection refused rejects with a redacted AxiosError", async () => {
    const closed = await startEchoServer();
    await closed.close();
    const error = await request(rc(closed.origin), getPet, { path: { petId: 1 } }).catch((e: unknown) => e);
    expect(isAxiosError(error)).toBe(true);
    expect((error as AxiosError).code).toBe("ECONNREFUSED");
    const config = (error as AxiosError).config as unknown as { headers: Record<string, unknown>; params: Record<string, unknown> };
    expect(config.headers.Authorization).toBe(REDACTED);
    expect(config.headers["X-API-Key"]).toBe(REDACTED);
    expect(config.headers.Cookie).toBe(REDACTED);
    expect(config.params.api_key).toBe(REDACTED);
    expectNoSecret(error);
  });

  it("an api key written into config.url instead of params is redacted too", async () => {
    const closed = await startEchoServer();
    await closed.close();
    const error = await request(rc(closed.origin, undefined, "url"), getPet, { path: { petId: 1 } }).catch((e: unknown) => e);
    expect(((error as AxiosError).config as unknown as { url: string }).url).toBe(`/pets/1?api_key=${REDACTED}`);
    expectNoSecret(error);
  });
});

describe("timeouts and aborts (each bounded by the test's own deadline)", () => {
  it("a per-call timeout rejects with axios's timeout error, redacted", { timeout: 5000 }, async () => {
    server.handle(hang);
    const error = await request(rc(server.origin), getPet, { path: { petId: 1 } }, { timeout: 50 }).catch((e: unknown) => e);
    expect(isAxiosError(error)).toBe(true);
    expect((error as AxiosError).code).toBe("ECONNABORTED");
    expect((error as AxiosError).message).toBe("timeout of 50ms exceeded");
    expectNoSecret(error);
  });

  it("the client's default timeout applies when the call sets none", { timeout: 5000 }, async () => {
    server.handle(hang);
    const error = await request(rc(server.origin, 40), getPet, { path: { petId: 1 } }).catch((e: unknown) => e);
    expect((error as AxiosError).message).toBe("timeout of 40ms exceeded");
  });

  it("an AbortSignal ends the call once the server has the request", { timeout: 5000 }, async () => {
    const controller = new AbortController();
    server.handle(() => controller.abort());
    const error = await request(rc(server.origin), getPet, { path: { petId: 1 } }, { signal: controller.signal }).catch((e: unknown) => e);
    expect(isCancel(error)).toBe(true);
    expectNoSecret(error);
  });

  it("an already-aborted signal sends nothing", { timeout: 5000 }, async () => {
    const before = server.received.length;
    const error = await request(rc(server.origin), getPet, { path: { petId: 1 } }, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(isCancel(error)).toBe(true);
    expect(server.received.length).toBe(before);
  });
});

describe("ApiError never carries credentials", () => {
  it("Set-Cookie and the request's credentials are absent from every view", async () => {
    server.handle(replyJson(401, { error: "expired" }, { "set-cookie": `sid=${SECRETS[3]}; HttpOnly`, "www-authenticate": "Bearer" }));
    const error = (await request(rc(server.origin), getPet, { path: { petId: 1 } }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe("GET /pets/{petId} failed with 401");
    expect(error.headers["set-cookie"]).toBe(REDACTED);
    expect(error.headers["www-authenticate"]).toBe("Bearer");
    expect(server.last().url).toContain(SECRETS[1]); // it was sent, just never shown
    expectNoSecret(error);
  });
});

describe("redactError (shared with the auth runtime)", () => {
  it("scrubs an error wrapping an AxiosError, message and cause included", () => {
    const names = sensitiveNames(SCHEMES);
    const cause = new AxiosError(`failed for Bearer ${SECRETS[0]}`, "ERR_BAD_RESPONSE", {
      headers: new axios.AxiosHeaders({ Authorization: `Bearer ${SECRETS[0]}` }),
      url: `https://api.example.com/token?api_key=${SECRETS[1]}&x=1`,
      data: `grant_type=refresh_token&refresh_token=${SECRETS[4]}`,
    });
    class AuthError extends Error {}
    const error = new AuthError(`refresh failed: ${cause.message} (https://api.example.com/?api_key=${SECRETS[1]})`, { cause });
    expect(redactError(error, names)).toBe(error);
    expectNoSecret(error);
    expect(error.message).toBe(`refresh failed: failed for ${REDACTED} (https://api.example.com/?api_key=${REDACTED})`);
    expect((cause.config as unknown as { url: string }).url).toBe(`https://api.example.com/token?api_key=${REDACTED}&x=1`);
    expect(inspect(error, { depth: Infinity })).not.toContain("refresh_token=");
  });

  it("hides axios basic-auth credentials and the body of the failed request", () => {
    const names = sensitiveNames(SCHEMES);
    const error = new AxiosError("x", "E", {
      headers: new axios.AxiosHeaders(),
      auth: { username: "u", password: SECRETS[4] },
      data: `password=${SECRETS[4]}`,
    });
    redactError(error, names);
    expectNoSecret(error);
    expect((error.config as unknown as { auth: unknown; data: unknown })).toMatchObject({ auth: REDACTED, data: REDACTED });
  });

  it("is idempotent", () => {
    const names = sensitiveNames(SCHEMES);
    const error = new AxiosError("x", "E", { headers: new axios.AxiosHeaders({ "x-api-key": "abcdef" }) });
    redactError(redactError(error, names), names);
    expect((error.config as unknown as { headers: Record<string, unknown> }).headers["x-api-key"]).toBe(REDACTED);
  });
});
