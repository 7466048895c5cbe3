import { describe, expect, test } from "vitest";
import { oneOperation, type TestCase } from "./build.js";

describe("Responses Object (OpenAPI 3.1 §4.8.16)", () => {
  const cases: TestCase<Record<string, unknown>, { success: string[]; error: string[] }>[] = [
    { name: "2xx succeed, the rest are errors", given: { "200": {}, "201": {}, "404": {}, default: {} }, want: { success: ["200", "201"], error: ["404", "default"] } },
    { name: "default succeeds when no 2xx is declared", given: { "400": {}, default: {} }, want: { success: ["default"], error: ["400"] } },
    { name: "ranges are kept, upper-cased", given: { "2xx": {}, "4XX": {} }, want: { success: ["2XX"], error: ["4XX"] } },
  ];
  test.each(cases)("$name", ({ given, want }) => {
    const responses = Object.fromEntries(Object.entries(given).map(([k]) => [k, { description: k }]));
    const { operation } = oneOperation({ responses });
    expect({
      success: operation.responses.success.map((r) => r.status),
      error: operation.responses.error.map((r) => r.status),
    }).toEqual(want);
  });

  test("exact codes carry a number, media JSON-first, headers listed, $ref followed", () => {
    const { operation } = oneOperation(
      {
        responses: {
          "200": { $ref: "#/components/responses/Ok" },
          "204": { description: "none" },
        },
      },
      { components: { responses: { Ok: { description: "ok", headers: { "X-Rate": {} }, content: { "text/csv": {}, "application/json": {} } } } } as never },
    );
    expect(operation.responses.success).toMatchObject([
      { status: "200", code: 200, headers: [{ name: "X-Rate", key: "x-rate", required: false }], media: [{ type: "application/json", kind: "json" }, { type: "text/csv", kind: "text" }] },
      { status: "204", code: 204, media: [] },
    ]);
  });

  test("headers: lower-case keys, required kept, $ref followed, Content-Type ignored (§4.8.17.1)", () => {
    const { operation } = oneOperation(
      {
        responses: {
          "200": {
            description: "ok",
            headers: {
              "X-Total-Count": { required: true, description: "All of them.", schema: { type: "integer" } },
              Link: { $ref: "#/components/headers/Link" },
              "Content-Type": { schema: { type: "string" } },
            },
          },
        },
      },
      { components: { headers: { Link: { schema: { type: "string" } } } } as never },
    );
    expect(operation.responses.success[0].headers).toEqual([
      { name: "X-Total-Count", key: "x-total-count", required: true, parse: "integer", value: { number: true, boolean: false, json: false, array: false }, doc: { deprecated: false, description: "All of them.", summary: undefined, externalDocs: undefined } },
      { name: "Link", key: "link", required: false, parse: undefined, value: { number: false, boolean: false, json: false, array: false }, doc: { deprecated: false, description: undefined, summary: undefined, externalDocs: undefined } },
    ]);
    expect(operation.responses.success[0].parsedHeaders).toBe(true);
  });

  const variants: TestCase<Record<string, unknown>, string | undefined>[] = [
    { name: "one 2xx without headers: no variant", given: { "200": { description: "ok" }, "404": { description: "no" } }, want: undefined },
    { name: "declared headers: a variant", given: { "200": { description: "ok", headers: { "X-A": { schema: { type: "string" } } } } }, want: "xWithResponse" },
    { name: "several 2xx: a variant", given: { "201": { description: "made" }, "202": { description: "later" } }, want: "xWithResponse" },
    { name: "headers only on an error: no variant", given: { "200": { description: "ok" }, "429": { description: "slow", headers: { "Retry-After": {} } } }, want: undefined },
  ];
  test.each(variants)("WithResponse variant — $name", ({ given, want }) => {
    expect(oneOperation({ operationId: "x", responses: given }).operation.withResponseName).toBe(want);
  });

  test("a status that is not one is skipped with a warning", () => {
    const { operation, warnings } = oneOperation({ responses: { "200": { description: "ok" }, "abc": { description: "?" } } });
    expect(operation.responses.success.map((r) => r.status)).toEqual(["200"]);
    expect(warnings).toEqual([
      { pointer: "#/paths/~1x/get/responses/abc", message: "response status 'abc' is not a status code, range or 'default'; skipped" },
    ]);
  });

  describe("how the runtime reads a response, and what its data is typed as", () => {
    const cases: TestCase<Record<string, unknown>, { readAs: string; primary?: string; typed?: Record<string, boolean> }>[] = [
      { name: "no content", given: {}, want: { readAs: "none" } },
      { name: "JSON first", given: { "text/csv": {}, "application/json": {} }, want: { readAs: "json", primary: "application/json", typed: { bytes: false, string: false, schema: true } } },
      { name: "text", given: { "text/plain": {} }, want: { readAs: "text", primary: "text/plain", typed: { bytes: false, string: true, schema: false } } },
      { name: "bytes", given: { "image/png": {} }, want: { readAs: "binary", primary: "image/png", typed: { bytes: true, string: false, schema: false } } },
      { name: "a form response is read as text, typed by its schema", given: { "application/x-www-form-urlencoded": {} }, want: { readAs: "text", primary: "application/x-www-form-urlencoded", typed: { bytes: false, string: false, schema: true } } },
      { name: "a multipart response likewise", given: { "multipart/mixed": {} }, want: { readAs: "text", primary: "multipart/mixed", typed: { bytes: false, string: false, schema: true } } },
    ];
    test.each(cases)("$name", ({ given, want }) => {
      const { operation } = oneOperation({ responses: { "200": { description: "ok", content: given } } });
      const [response] = operation.responses.success;
      expect({ readAs: response.readAs, primary: response.primary?.type, typed: response.primary?.typed }).toEqual({ primary: undefined, typed: undefined, ...want });
      expect(response.dataType).toEqual(want.typed ? { none: false, ...want.typed } : { none: true, bytes: false, string: false, schema: false });
    });
  });
});
