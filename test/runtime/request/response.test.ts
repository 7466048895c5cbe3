// Responses per operation.responses (exact status > range > default, OpenAPI 3.1 §4.8.16)
// and ApiError for everything outside 2xx.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../../../runtime/errors.js";
import { request, requestWithResponse } from "../../../runtime/request.js";
import { responseTypeFor } from "../../../runtime/response.js";
import { decodeBytes } from "../../../runtime/response-binary.js";
import { allCodecs } from "../../support/all-codecs.js";
import { replyJson, replyRaw, startEchoServer, type EchoServer } from "../../support/echo-server.js";
import { client, op } from "./helpers.js";

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

const get = (responses: Record<string, "json" | "text" | "binary" | "none">) => op({ id: "getPet", path: "/pets/{petId}", responses, params: [{ name: "petId", in: "path", style: "simple", explode: false }] });
const call = (responses: Parameters<typeof get>[0]) => request(client(server.origin), get(responses), { path: { petId: 1 } });

describe("response kinds", () => {
  it("json: parsed", async () => {
    server.handle(replyJson(200, { id: 1, tags: ["a"] }));
    await expect(call({ "200": "json" })).resolves.toEqual({ id: 1, tags: ["a"] });
  });

  it("json: an empty body is undefined", async () => {
    server.handle(replyRaw(200, "", { "content-type": "application/json" }));
    await expect(call({ "200": "json" })).resolves.toBeUndefined();
  });

  it("text: the body as a string, even when it looks like JSON", async () => {
    server.handle(replyRaw(200, "123", { "content-type": "text/plain; charset=utf-8" }));
    await expect(call({ "200": "text" })).resolves.toBe("123");
  });

  it("binary: an ArrayBuffer of exactly the body's bytes in Node", async () => {
    server.handle(replyRaw(200, Buffer.from([0, 1, 254, 255]), { "content-type": "application/octet-stream" }));
    const data = await call({ "200": "binary" });
    expect(data).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(data as ArrayBuffer)]).toEqual([0, 1, 254, 255]);
  });

  it("none: 204 resolves with undefined", async () => {
    server.handle(replyRaw(204, ""));
    await expect(call({ "204": "none" })).resolves.toBeUndefined();
  });
});

describe("which declaration reads a status", () => {
  const responses = { "200": "text", "2XX": "json", default: "binary" } as const;

  it("an exact status wins over its range", async () => {
    server.handle(replyJson(200, { a: 1 }));
    await expect(call(responses)).resolves.toBe('{"a":1}');
  });

  it("the range wins over default", async () => {
    server.handle(replyJson(201, { a: 1 }));
    await expect(call(responses)).resolves.toEqual({ a: 1 });
  });

  it("default reads the rest (here an error status, as binary)", async () => {
    server.handle(replyRaw(500, Buffer.from([5, 6])));
    const error = await call(responses).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect([...new Uint8Array((error as ApiError).data as ArrayBuffer)]).toEqual([5, 6]);
  });

  it("an undeclared status is read by its Content-Type", async () => {
    server.handle(replyJson(418, { teapot: true }));
    const error = (await call({ "200": "binary" }).catch((e: unknown) => e)) as ApiError;
    expect(error.data).toEqual({ teapot: true });
  });
});

describe("requestWithResponse", () => {
  it("resolves with data, status and lower-cased headers", async () => {
    server.handle(replyJson(201, { ok: 1 }, { "X-Rate-Remaining": "9" }));
    const res = await requestWithResponse(client(server.origin), get({ "2XX": "json" }), { path: { petId: 1 } });
    expect(res.status).toBe(201);
    expect(res.data).toEqual({ ok: 1 });
    expect(res.headers["x-rate-remaining"]).toBe("9");
    expect(res.headers["content-type"]).toBe("application/json");
  });
});

describe("ApiError", () => {
  it("carries status, decoded data, headers, operationId, method and the path template", async () => {
    server.handle(replyJson(404, { message: "no pet" }, { "x-request-id": "r1" }));
    const error = (await request(client(server.origin), get({ "200": "json", "404": "json" }), {
      path: { petId: 7 },
      query: { secret: "q" },
    }).catch((e: unknown) => e)) as ApiError<404, { message: string }>;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ApiError");
    expect(error.message).toBe("GET /pets/{petId} failed with 404");
    expect(error.status).toBe(404);
    expect(error.data).toEqual({ message: "no pet" });
    expect(error.headers["x-request-id"]).toBe("r1");
    expect(error.operationId).toBe("getPet");
    expect([error.method, error.path]).toEqual(["get", "/pets/{petId}"]);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "ApiError", status: 404, message: error.message });
  });

  it("a non-JSON error body is kept as text", async () => {
    server.handle(replyRaw(502, "<html>bad gateway</html>", { "content-type": "application/json" }));
    const error = (await call({ "200": "json", default: "json" }).catch((e: unknown) => e)) as ApiError;
    expect([error.status, error.data]).toEqual([502, "<html>bad gateway</html>"]);
  });

  it("a 2xx whose declared JSON does not parse rejects with ApiError naming why", async () => {
    server.handle(replyRaw(200, "{not json", { "content-type": "application/json" }));
    const error = (await call({ "200": "json" }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe("GET /pets/{petId} returned 200: the response body is not valid JSON");
    expect(error.data).toBe("{not json");
  });

  it("3xx that is not followed is an ApiError too (2xx only resolves)", async () => {
    server.handle(replyRaw(304, ""));
    const error = (await call({ "200": "json" }).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(304);
  });
});

describe("browser-shaped bodies (axios gives Blobs for responseType blob)", () => {
  it("decodes a Blob as JSON or text, and hands a binary Blob over as it is", async () => {
    const blob = new Blob(['{"a":1}'], { type: "application/json" });
    await expect(decodeBytes(blob, "json", "application/json")).resolves.toEqual({ a: 1 });
    await expect(decodeBytes(blob, "text", "application/json")).resolves.toBe('{"a":1}');
    await expect(decodeBytes(blob, "binary", "application/json")).resolves.toBe(blob);
    await expect(decodeBytes(blob, undefined, "image/png")).resolves.toBe(blob);
  });

  it("chooses raw bytes only for operations that declare a binary response", async () => {
    expect(responseTypeFor(op({ path: "/a", responses: { "200": "json", default: "text" } }), allCodecs)).toBe("text");
    expect(responseTypeFor(op({ path: "/a", responses: { "200": "binary" } }), allCodecs)).toBe("arraybuffer");
  });
});
