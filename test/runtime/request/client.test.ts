// createRuntimeClient: baseURL resolution, the caller's own axios instance, and
// config.keyway on every request.
import axios from "axios";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createRuntimeClient, resolveBaseURL } from "../../../runtime/client.js";
import type { RequestMeta } from "../../../runtime/contracts.js";
import { request } from "../../../runtime/request.js";
import { fullAuthRuntime } from "../auth/all-handlers.js";
import { startEchoServer, type EchoServer } from "../../support/echo-server.js";
import { op } from "./helpers.js";
import { allCodecs } from "../../support/all-codecs.js";

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllGlobals();
});

const listPets = op({ id: "listPets", path: "/pets" });

describe("baseURL", () => {
  it("defaults to the first server, keeping its path", async () => {
    const rc = createRuntimeClient({ schemes: {}, servers: [`${server.origin}/v3/`, "http://127.0.0.1:9/other"] });
    await request(rc, listPets);
    expect(server.last().url).toBe("/v3/pets");
  });

  it("options.baseURL wins over servers, the instance's defaults.baseURL over servers", async () => {
    await request(createRuntimeClient({ schemes: {}, servers: ["http://127.0.0.1:9"] }, { baseURL: `${server.origin}/a` }), listPets);
    expect(server.last().url).toBe("/a/pets");
    const own = axios.create({ baseURL: `${server.origin}/b` });
    await request(createRuntimeClient({ schemes: {}, servers: ["http://127.0.0.1:9"] }, { axios: own }), listPets);
    expect(server.last().url).toBe("/b/pets");
  });

  it("a relative server URL resolves against the page in a browser (§4.8.5)", async () => {
    vi.stubGlobal("location", { href: `${server.origin}/app/index.html` });
    expect(resolveBaseURL("/v3")).toBe(`${server.origin}/v3`);
    expect(resolveBaseURL("v3")).toBe(`${server.origin}/app/v3`);
    const rc = createRuntimeClient({ schemes: {}, servers: ["/v3"] });
    vi.unstubAllGlobals();
    await request(rc, listPets);
    expect(server.last().url).toBe("/v3/pets");
  });

  it("a relative server URL with no page to resolve against rejects before sending", async () => {
    const before = server.received.length;
    const rc = createRuntimeClient({ schemes: {}, servers: ["/v3"] });
    await expect(request(rc, listPets)).rejects.toThrow(
      'keyway: baseURL "/v3" is relative and there is no page to resolve it against; pass an absolute baseURL',
    );
    expect(server.received.length).toBe(before);
  });
});

describe("the axios instance", () => {
  it("uses the caller's instance and its interceptors, without changing its defaults", async () => {
    const own = axios.create({ timeout: 1234, headers: { "X-Own": "1" } });
    const seen: RequestMeta[] = [];
    own.interceptors.request.use((config) => {
      if (config.keyway) seen.push(config.keyway);
      return config;
    });
    const rc = createRuntimeClient({ schemes: {}, servers: [] }, { axios: own, baseURL: server.origin, timeout: 99, headers: { "X-Client": "c" } });
    await request(rc, listPets);
    expect(seen.map((m) => [m.operation.id, m.replayable])).toEqual([["listPets", true]]);
    // By reference: axios's mergeConfig deep-copies plain objects, which cost every call a copy of the descriptor.
    expect(seen[0]?.operation).toBe(listPets);
    expect(server.last().headers["x-own"]).toBe("1");
    expect(server.last().headers["x-client"]).toBe("c");
    expect([own.defaults.timeout, own.defaults.baseURL]).toEqual([1234, undefined]);
  });

  it("never touches the global axios", async () => {
    const handlers = (m: unknown) => (m as { handlers: unknown[] }).handlers.filter(Boolean).length;
    const before = [handlers(axios.interceptors.request), handlers(axios.interceptors.response), axios.defaults.baseURL, axios.defaults.timeout];
    const api = { schemes: { k: { type: "apiKey", in: "header", name: "k" } } as const, servers: [server.origin], authRuntime: fullAuthRuntime };
    const rc = createRuntimeClient(api, { timeout: 5000, headers: { a: "b" }, auth: { k: "key" } });
    await request(rc, listPets);
    expect([handlers(axios.interceptors.request), handlers(axios.interceptors.response), axios.defaults.baseURL, axios.defaults.timeout]).toEqual(before);
  });

  it("the RequestMeta names the operation for every request", async () => {
    const own = axios.create();
    const ids: string[] = [];
    own.interceptors.request.use((config) => {
      ids.push(config.keyway?.operation.id ?? "missing");
      return config;
    });
    const rc = createRuntimeClient({ schemes: {}, servers: [server.origin], codecs: allCodecs }, { axios: own });
    await request(rc, listPets);
    await request(rc, op({ id: "addPet", method: "post", path: "/pets", body: { required: true, media: [{ type: "application/json", kind: "json" }] } }), { body: {} });
    expect(ids).toEqual(["listPets", "addPet"]);
  });
});
