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
      { status: "200", code: 200, headers: ["X-Rate"], media: [{ type: "application/json", kind: "json" }, { type: "text/csv", kind: "text" }] },
      { status: "204", code: 204, media: [] },
    ]);
  });

  test("a status that is not one is skipped with a warning", () => {
    const { operation, warnings } = oneOperation({ responses: { "200": { description: "ok" }, "abc": { description: "?" } } });
    expect(operation.responses.success.map((r) => r.status)).toEqual(["200"]);
    expect(warnings).toEqual([
      { pointer: "#/paths/~1x/get/responses/abc", message: "response status 'abc' is not a status code, range or 'default'; skipped" },
    ]);
  });
});
