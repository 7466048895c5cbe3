// OpenAPI 3.1 §4.8.12.4 style table, path positions (matrix, label, simple), checked
// against the raw request-target a real server receives.
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

// Rows copied from the specification's table ("color" parameter).
const TABLE: Case[] = [
  ["matrix", false, "empty", ";color"],
  ["matrix", false, "string", ";color=blue"],
  ["matrix", false, "array", ";color=blue,black,brown"],
  ["matrix", false, "object", ";color=R,100,G,200,B,150"],
  ["matrix", true, "empty", ";color"],
  ["matrix", true, "string", ";color=blue"],
  ["matrix", true, "array", ";color=blue;color=black;color=brown"],
  ["matrix", true, "object", ";R=100;G=200;B=150"],
  ["label", false, "empty", "."],
  ["label", false, "string", ".blue"],
  ["label", false, "array", ".blue,black,brown"],
  ["label", false, "object", ".R,100,G,200,B,150"],
  ["label", true, "empty", "."],
  ["label", true, "string", ".blue"],
  ["label", true, "array", ".blue.black.brown"],
  ["label", true, "object", ".R=100.G=200.B=150"],
  ["simple", false, "string", "blue"],
  ["simple", false, "array", "blue,black,brown"],
  ["simple", false, "object", "R,100,G,200,B,150"],
  ["simple", true, "string", "blue"],
  ["simple", true, "array", "blue,black,brown"],
  ["simple", true, "object", "R=100,G=200,B=150"],
];

describe("path parameters follow the style table", () => {
  it.each(TABLE)("%s explode=%s %s -> %s", async (style, explode, value, want) => {
    const operation = op({ path: "/c/x{color}", params: [param("color", "path", style, explode)] });
    await request(client(server.origin), operation, { path: { color: COLOR[value] } });
    expect(server.last().url).toBe(`/c/x${want}`);
  });
});

describe("path values are data, never structure (RFC 3986 §2.3)", () => {
  const operation = op({ path: "/pets/{petId}/toys", params: [param("petId", "path", "simple", false)] });

  it.each([
    ["a/b", "a%2Fb"],
    ["a?b=1#frag", "a%3Fb%3D1%23frag"],
    ["50% off", "50%25%20off"],
    ["it's (x)*!", "it%27s%20%28x%29%2A%21"],
    ["ü€", "%C3%BC%E2%82%AC"],
    ["a;b,c=d", "a%3Bb%2Cc%3Dd"],
    [42, "42"],
    [true, "true"],
  ])("%j is sent as %s", async (value, encoded) => {
    await request(client(server.origin), operation, { path: { petId: value } });
    expect(server.last().url).toBe(`/pets/${encoded}/toys`);
  });

  it.each([".", ".."])("refuses %j, which a URL parser would resolve as a dot segment", async (value) => {
    const before = server.received.length;
    await expect(request(client(server.origin), operation, { path: { petId: value } })).rejects.toThrow(
      'GET /pets/{petId}/toys: a path parameter may not form a "." or ".." segment',
    );
    expect(server.received.length).toBe(before);
  });

  it("rejects a missing path parameter before sending", async () => {
    const before = server.received.length;
    await expect(request(client(server.origin), operation, { path: {} })).rejects.toThrow(
      'GET /pets/{petId}/toys: missing path parameter "petId"',
    );
    expect(server.received.length).toBe(before);
  });

  it("serializes a path parameter with content as JSON", async () => {
    const jsonOp = op({ path: "/f/{filter}", params: [param("filter", "path", "simple", false, { contentType: "application/json" })] });
    await request(client(server.origin), jsonOp, { path: { filter: { a: [1, "x y"] } } });
    expect(server.last().url).toBe("/f/%7B%22a%22%3A%5B1%2C%22x%20y%22%5D%7D");
  });
});
