import { describe, expect, test } from "vitest";
import type { ArgumentDoc } from "../../../generator/model/types.js";
import { buildModel } from "../../../generator/model/index.js";
import { documentWith, oneOperation, type TestCase } from "./build.js";

const doc = (description: string | undefined, deprecated = false) => ({ summary: undefined, description, deprecated, externalDocs: undefined });

describe("Operation Object (OpenAPI 3.1 §4.8.10)", () => {
  const cases: TestCase<Record<string, unknown>, ArgumentDoc[]>[] = [
    { name: "nothing described", given: { parameters: [{ name: "a", in: "query" }] }, want: [] },
    {
      name: "described and deprecated parameters, by location, then the body",
      given: {
        parameters: [
          { name: "limit", in: "query", description: "At most this many." },
          { name: "id", in: "path", required: true, description: "The id." },
          { name: "old", in: "query", deprecated: true },
        ],
        requestBody: { description: "The pet.", content: { "application/json": {} } },
      },
      want: [
        { name: "path.id", doc: doc("The id.") },
        { name: "query.limit", doc: doc("At most this many.") },
        { name: "query.old", doc: doc(undefined, true) },
        { name: "body", doc: doc("The pet.") },
      ],
    },
  ];
  test.each(cases)("argument docs: $name", ({ given, want }) => {
    expect(oneOperation(given).operation.argumentDocs).toEqual(want);
  });

  test("type names are the method name with a capital, so leading digits and reserved words stay safe", () => {
    const { model } = buildModel(
      documentWith({
        paths: {
          "/a": { get: { operationId: "2fa/verify", responses: {} } },
          "/b": { get: { operationId: "delete", responses: {} } },
          "/c": { get: { operationId: "créer-Élément", responses: {} } },
        },
      } as never),
    );
    expect(model.operations.map((o) => [o.name, o.typeName])).toEqual([
      ["_2faVerify", "_2faVerify"],
      ["delete_", "Delete_"],
      ["créerÉlément", "CréerÉlément"],
    ]);
  });

  test("an operationId that is not a usable identifier is renamed with a warning; plain camelCasing is not", () => {
    const { model, warnings } = buildModel(
      documentWith({
        paths: {
          "/a": { get: { operationId: "class", responses: {} } },
          "/b": { get: { operationId: "repos/get-content", responses: {} } },
          "/c": { post: { operationId: "***", responses: {} } },
        },
      } as never),
    );
    expect(model.operations.map((o) => o.name)).toEqual(["class_", "reposGetContent", "post"]);
    expect(warnings.map((w) => `${w.pointer}: ${w.message}`)).toEqual([
      "#/paths/~1a/get: operationId 'class' is not a usable identifier; the method is named 'class_'",
      "#/paths/~1c/post: operationId '***' is not a usable identifier; the method is named 'post'",
    ]);
  });

  test("WithResponse names are claimed in document order, so a later operation of that name is renamed", () => {
    const { model, warnings } = buildModel(
      documentWith({
        paths: {
          "/a": { get: { operationId: "list", responses: { "200": { description: "ok", headers: { "X-A": {} } } } } },
          "/b": { get: { operationId: "listWithResponse", responses: {} } },
        },
      } as never),
    );
    expect(model.operations.map((o) => [o.name, o.withResponseName])).toEqual([
      ["list", "listWithResponse"],
      ["listWithResponse2", undefined],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      "operationId 'listWithResponse' is already taken; the method is named 'listWithResponse2'",
    ]);
  });

  test("two routes without operationId that make the same name: numbered, with a warning", () => {
    const { model, warnings } = buildModel(
      documentWith({ paths: { "/a-b": { get: { responses: {} } }, "/a_b": { get: { responses: {} } } } } as never),
    );
    expect(model.operations.map((o) => o.name)).toEqual(["getAB", "getAB2"]);
    expect(warnings.map((w) => w.message)).toEqual([
      "the name 'getAB' made from method and path is already taken; the method is named 'getAB2'",
    ]);
  });

  describe("servers in place of the document's (§4.8.9, §4.8.10)", () => {
    const withItem = (item: Record<string, unknown>, operation: Record<string, unknown> = {}) =>
      buildModel(documentWith({ servers: [{ url: "https://api.example.com" }], paths: { "/x": { ...item, get: { responses: {}, ...operation } } } } as never));
    const cases: TestCase<{ item: Record<string, unknown>; operation: Record<string, unknown> }, string[]>[] = [
      { name: "none: the document's apply", given: { item: {}, operation: {} }, want: [] },
      {
        name: "the operation's, variables at their defaults",
        given: { item: {}, operation: { servers: [{ url: "https://{region}.uploads.example.com", variables: { region: { default: "eu" } } }] } },
        want: ["https://eu.uploads.example.com"],
      },
      { name: "the path item's", given: { item: { servers: [{ url: "https://items.example.com" }] }, operation: {} }, want: ["https://items.example.com"] },
      {
        name: "the operation's replace the path item's",
        given: { item: { servers: [{ url: "https://items.example.com" }] }, operation: { servers: [{ url: "https://op.example.com" }] } },
        want: ["https://op.example.com"],
      },
      { name: "relative ones are dropped (with a warning)", given: { item: {}, operation: { servers: [{ url: "/v2" }, { url: "https://b.example.com" }] } }, want: ["https://b.example.com"] },
    ];
    test.each(cases)("$name", ({ given, want }) => {
      expect(withItem(given.item, given.operation).model.operations[0].servers).toEqual(want);
    });
  });

  describe("where calls go: the operation's server when it is not the client's default (§4.8.10)", () => {
    const model = (operationServers: string[], baseUrl?: string) =>
      buildModel(
        documentWith({
          servers: [{ url: "https://api.example.com" }],
          paths: { "/x": { get: { servers: operationServers.map((url) => ({ url })), responses: {} } } },
        } as never),
        { baseUrl },
      ).model;
    const cases: TestCase<{ servers: string[]; baseUrl?: string }, { server?: string; operationServers: string[]; servers: string[] }>[] = [
      { name: "none declared", given: { servers: [] }, want: { operationServers: [], servers: ["https://api.example.com"] } },
      { name: "the default again", given: { servers: ["https://api.example.com"] }, want: { operationServers: [], servers: ["https://api.example.com"] } },
      {
        name: "another one",
        given: { servers: ["https://up.example.com", "https://b.example.com"] },
        want: { server: "https://up.example.com", operationServers: ["https://up.example.com"], servers: ["https://api.example.com"] },
      },
      {
        name: "a base URL given at generation replaces every server",
        given: { servers: ["https://up.example.com"], baseUrl: "https://mine.example.com" },
        want: { operationServers: [], servers: ["https://mine.example.com", "https://api.example.com"] },
      },
    ];
    test.each(cases)("$name", ({ given, want }) => {
      const { operations, operationServers, servers } = model(given.servers, given.baseUrl);
      expect({ server: operations[0].server, operationServers, servers }).toEqual({ server: undefined, ...want });
    });
  });

  describe("the argument type's shape", () => {
    const body = { content: { "application/json": {} } };
    const parameters = [{ name: "q", in: "query" }];
    const cases: TestCase<Record<string, unknown>, { argsIntersect: boolean; argsEmpty: boolean }>[] = [
      { name: "neither parameters nor body", given: {}, want: { argsIntersect: false, argsEmpty: true } },
      { name: "parameters only", given: { parameters }, want: { argsIntersect: false, argsEmpty: false } },
      { name: "body only", given: { requestBody: body }, want: { argsIntersect: false, argsEmpty: false } },
      { name: "both", given: { parameters, requestBody: body }, want: { argsIntersect: true, argsEmpty: false } },
    ];
    test.each(cases)("$name", ({ given, want }) => {
      const { argsIntersect, argsEmpty } = oneOperation(given).operation;
      expect({ argsIntersect, argsEmpty }).toEqual(want);
    });
  });
});
