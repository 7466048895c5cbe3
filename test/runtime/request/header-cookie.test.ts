// Header (style simple) and cookie (style form) parameters, OpenAPI 3.1 §4.8.12.
import axios from "axios";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntimeClient } from "../../../runtime/client.js";
import { addCookie } from "../../../runtime/headers.js";
import { request } from "../../../runtime/request.js";
import { startEchoServer, type EchoServer } from "../../support/echo-server.js";
import { client, op, param } from "./helpers.js";

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

describe("header parameters", () => {
  it.each([
    [false, "blue", "blue"],
    [false, ["blue", "black", "brown"], "blue,black,brown"],
    [false, { R: 100, G: 200, B: 150 }, "R,100,G,200,B,150"],
    [true, ["blue", "black", "brown"], "blue,black,brown"],
    [true, { R: 100, G: 200, B: 150 }, "R=100,G=200,B=150"],
    [false, 7, "7"],
  ])("simple explode=%s %j -> %s", async (explode, value, want) => {
    const operation = op({ path: "/h", params: [param("X-Color", "header", "simple", explode)] });
    await request(client(server.origin), operation, { header: { "X-Color": value } });
    expect(server.last().headers["x-color"]).toBe(want);
  });

  it("ignores header parameters named Accept, Content-Type or Authorization (§4.8.12.1)", async () => {
    const operation = op({
      path: "/h",
      params: [param("Authorization", "header", "simple", false), param("Accept", "header", "simple", false)],
    });
    await request(client(server.origin), operation, { header: { Authorization: "Bearer x", Accept: "text/html" } });
    expect(server.last().headers.authorization).toBeUndefined();
    expect(server.last().headers.accept).not.toBe("text/html");
  });

  it("per-call headers win over parameters and client defaults; parameters over client defaults", async () => {
    const rc = createRuntimeClient({ schemes: {}, servers: [server.origin] }, { headers: { "X-A": "client", "X-B": "client" } });
    const operation = op({ path: "/h", params: [param("x-a", "header", "simple", false), param("X-C", "header", "simple", false)] });
    await request(rc, operation, { header: { "x-a": "param", "X-C": "param" } }, { headers: { "x-c": "caller" } });
    const h = server.last().headers;
    expect([h["x-a"], h["x-b"], h["x-c"]]).toEqual(["param", "client", "caller"]);
  });
});

describe("cookie parameters", () => {
  it("form style, percent-encoded, pairs joined by '; '", async () => {
    const operation = op({
      path: "/c",
      params: [
        param("session", "cookie", "form", false),
        param("ids", "cookie", "form", false),
        param("tags", "cookie", "form", true),
        param("skip", "cookie", "form", true),
      ],
    });
    await request(client(server.origin), operation, { cookie: { session: "a b;c", ids: [1, 2], tags: ["x", "y"], skip: undefined } });
    expect(server.last().headers.cookie).toBe("session=a%20b%3Bc; ids=1,2; tags=x; tags=y");
  });

  it("addCookie lets an interceptor add a credential cookie, never replacing the caller's", async () => {
    const instance = axios.create();
    instance.interceptors.request.use((config) => {
      addCookie(config.headers, "api", "secret");
      addCookie(config.headers, "session", "from-auth");
      return config;
    });
    const operation = op({ path: "/c", params: [param("session", "cookie", "form", false)] });
    await request(client(server.origin, {}, instance), operation, { cookie: { session: "mine" } });
    expect(server.last().headers.cookie).toBe("session=mine; api=secret");
  });

  it("addCookie works when the operation sends no cookie", async () => {
    const instance = axios.create();
    instance.interceptors.request.use((config) => {
      addCookie(config.headers, "api", "secret");
      return config;
    });
    await request(client(server.origin, {}, instance), op({ path: "/c" }));
    expect(server.last().headers.cookie).toBe("api=secret");
  });
});
