import { describe, expect, test } from "vitest";
import type { Parameter } from "../../../generator/model/types.js";
import { buildModel } from "../../../generator/model/index.js";
import { documentWith, oneOperation, type TestCase } from "./build.js";

const doc = { deprecated: false };

describe("Parameter Object (OpenAPI 3.1 §4.8.12)", () => {
  const cases: TestCase<Record<string, unknown>, Partial<Parameter>>[] = [
    { name: "query defaults to form, exploded", given: { name: "q", in: "query" }, want: { style: "form", explode: true, required: false } },
    { name: "path defaults to simple, not exploded, always required", given: { name: "id", in: "path" }, want: { style: "simple", explode: false, required: true } },
    { name: "header defaults to simple", given: { name: "X-A", in: "header", required: true }, want: { style: "simple", explode: false, required: true } },
    { name: "cookie defaults to form, exploded", given: { name: "c", in: "cookie" }, want: { style: "form", explode: true } },
    { name: "explicit deepObject", given: { name: "f", in: "query", style: "deepObject", explode: true }, want: { style: "deepObject", explode: true } },
    { name: "form with explode false", given: { name: "ids", in: "query", explode: false }, want: { style: "form", explode: false } },
    { name: "matrix path", given: { name: "m", in: "path", style: "matrix", explode: true }, want: { style: "matrix", explode: true } },
    { name: "allowReserved kept", given: { name: "r", in: "query", allowReserved: true }, want: { allowReserved: true } },
    { name: "content-typed parameter", given: { name: "j", in: "query", content: { "application/json": {} } }, want: { contentType: "application/json" } },
    { name: "description and deprecation become doc", given: { name: "d", in: "query", description: "why", deprecated: true }, want: { doc: { ...doc, description: "why", deprecated: true, summary: undefined, externalDocs: undefined } } },
  ];
  test.each(cases)("$name", ({ given, want }) => {
    const { operation } = oneOperation({ parameters: [given] });
    expect(operation.parameters.flatMap((g) => g.parameters)[0]).toMatchObject(want);
  });

  test("a style the location does not allow falls back to its default with a warning", () => {
    const { operation, warnings } = oneOperation({ parameters: [{ name: "h", in: "header", style: "form" }] });
    expect(operation.parameters[0].parameters[0].style).toBe("simple");
    expect(warnings).toEqual([
      { pointer: "#/paths/~1x/get/parameters/0", message: "style 'form' is not allowed in header; using 'simple'" },
    ]);
  });

  test("path-item parameters apply to every operation; the operation's own one of the same name and location wins", () => {
    const { model } = buildModel(
      documentWith({
        paths: {
          "/p/{id}": {
            parameters: [
              { name: "id", in: "path", required: true, description: "from the path item" },
              { name: "v", in: "query" },
            ],
            get: { parameters: [{ name: "id", in: "path", required: true, description: "own" }], responses: {} },
            put: { responses: {} },
          },
        },
      } as never),
    );
    const [get, put] = model.operations;
    expect(get.parameters.map((g) => [g.location, g.parameters.map((p) => p.doc.description)])).toEqual([
      ["path", ["own"]],
      ["query", [undefined]],
    ]);
    expect(put.parameters.map((g) => g.parameters.map((p) => p.name))).toEqual([["id"], ["v"]]);
  });

  test("a $ref parameter is followed; groups say whether any member is required", () => {
    const { operation } = oneOperation(
      { parameters: [{ $ref: "#/components/parameters/Limit" }, { name: "o", in: "query", required: true }] },
      { components: { parameters: { Limit: { name: "limit", in: "query" } } } as never },
    );
    expect(operation.parameters).toMatchObject([{ location: "query", required: true, parameters: [{ name: "limit" }, { name: "o" }] }]);
    expect(operation.argsRequired).toBe(true);
  });
});
