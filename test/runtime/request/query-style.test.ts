// OpenAPI 3.1 §4.8.12.4 style table, query positions, against the raw request-target.
import axios from "axios";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParameterStyle } from "../../../runtime/descriptors.js";
import { request } from "../../../runtime/request.js";
import { startEchoServer, type EchoServer } from "../../support/echo-server.js";
import { client, COLOR, op, param } from "./helpers.js";

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

type Case = [style: ParameterStyle, explode: boolean, value: keyof typeof COLOR, want: string];

const TABLE: Case[] = [
  ["form", false, "empty", "color="],
  ["form", false, "string", "color=blue"],
  ["form", false, "array", "color=blue,black,brown"],
  ["form", false, "object", "color=R,100,G,200,B,150"],
  ["form", true, "empty", "color="],
  ["form", true, "string", "color=blue"],
  ["form", true, "array", "color=blue&color=black&color=brown"],
  ["form", true, "object", "R=100&G=200&B=150"],
  // 3.1.1 rows (name included, "|" percent-encoded as RFC 3986 requires).
  ["spaceDelimited", false, "array", "color=blue%20black%20brown"],
  ["spaceDelimited", false, "object", "color=R%20100%20G%20200%20B%20150"],
  ["pipeDelimited", false, "array", "color=blue%7Cblack%7Cbrown"],
  ["pipeDelimited", false, "object", "color=R%7C100%7CG%7C200%7CB%7C150"],
  // explode true on the delimited styles repeats the name, like form.
  ["spaceDelimited", true, "array", "color=blue&color=black&color=brown"],
  ["pipeDelimited", true, "array", "color=blue&color=black&color=brown"],
  ["deepObject", true, "object", "color[R]=100&color[G]=200&color[B]=150"],
];

describe("query parameters follow the style table", () => {
  it.each(TABLE)("%s explode=%s %s -> %s", async (style, explode, value, want) => {
    const operation = op({ path: "/q", params: [param("color", "query", style, explode)] });
    await request(client(server.origin), operation, { query: { color: COLOR[value] } });
    expect(server.last().url).toBe(`/q?${want}`);
  });
});

describe("query encoding", () => {
  it("percent-encodes reserved characters in names and values", async () => {
    const operation = op({ path: "/q", params: [param("a&b", "query", "form", true), param("tag", "query", "form", true)] });
    await request(client(server.origin), operation, { query: { "a&b": "x=1&y", tag: ["c d", "é/?#"] } });
    expect(server.last().url).toBe("/q?a%26b=x%3D1%26y&tag=c%20d&tag=%C3%A9%2F%3F%23");
  });

  it("allowReserved keeps RFC 3986 reserved characters and existing escapes", async () => {
    const operation = op({ path: "/q", params: [param("next", "query", "form", true, { allowReserved: true })] });
    await request(client(server.origin), operation, { query: { next: "/a/b?c=[1]:@!$'()*+,;%20 é" } });
    expect(server.last().url).toBe("/q?next=/a/b?c=[1]:@!$'()*+,;%20%20%C3%A9");
  });

  it("a parameter with content is one JSON value", async () => {
    const operation = op({ path: "/q", params: [param("filter", "query", "form", true, { contentType: "application/json" })] });
    await request(client(server.origin), operation, { query: { filter: { age: { gt: 3 }, tags: ["a"] } } });
    expect(server.last().url).toBe("/q?filter=%7B%22age%22%3A%7B%22gt%22%3A3%7D%2C%22tags%22%3A%5B%22a%22%5D%7D");
  });

  it("omits undefined values, keeps null as the empty form, keeps declaration order of the caller", async () => {
    const operation = op({
      path: "/q",
      params: [param("a", "query", "form", true), param("b", "query", "form", true), param("c", "query", "form", false)],
    });
    await request(client(server.origin), operation, { query: { a: undefined, b: null, c: [1, undefined, 2] } });
    expect(server.last().url).toBe("/q?b=&c=1,2");
  });

  it("deepObject nests objects and repeats arrays", async () => {
    const operation = op({ path: "/q", params: [param("f", "query", "deepObject", true)] });
    await request(client(server.origin), operation, { query: { f: { a: { b: "x y" }, ids: [1, 2] } } });
    expect(server.last().url).toBe("/q?f[a][b]=x%20y&f[ids]=1&f[ids]=2");
  });

  it("sends a Date as RFC 3339", async () => {
    const operation = op({ path: "/q", params: [param("since", "query", "form", true)] });
    await request(client(server.origin), operation, { query: { since: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) } });
    expect(server.last().url).toBe("/q?since=2024-01-02T03%3A04%3A05.000Z");
  });
});

describe("seam for the auth interceptor (hey-api #3852)", () => {
  it("an interceptor can add an apiKey query parameter to an operation without query parameters", async () => {
    const instance = axios.create();
    instance.interceptors.request.use((config) => {
      expect(config.keyway?.operation.id).toBe("noQuery");
      config.params = { ...config.params, api_key: "k 1/2" };
      return config;
    });
    await request(client(server.origin, {}, instance), op({ id: "noQuery", path: "/plain" }));
    expect(server.last().url).toBe("/plain?api_key=k%201%2F2");
  });

  it("an added parameter goes after the operation's own, which keep their style", async () => {
    const instance = axios.create();
    instance.interceptors.request.use((config) => {
      config.params = { ...config.params, api_key: "s" };
      return config;
    });
    const operation = op({ path: "/q", params: [param("ids", "query", "pipeDelimited", false)] });
    await request(client(server.origin, {}, instance), operation, { query: { ids: [1, 2] } });
    expect(server.last().url).toBe("/q?ids=1%7C2&api_key=s");
  });
});
