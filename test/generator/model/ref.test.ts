import { describe, expect, test } from "vitest";
import { loadDocument } from "../../../generator/load/index.js";
import { buildModel } from "../../../generator/model/index.js";
import { renderFiles } from "../../../generator/render/index.js";
import { ROOT } from "../load/helpers.js";

describe("$ref resolution: the model finds what load validated", () => {
  test("a parameter $ref through a path item that is itself a $ref reaches the model and the generated code", async () => {
    const loaded = await loadDocument("fixtures/load/refs/through-path-item-ref.yaml", { cwd: ROOT });
    const { model, warnings } = buildModel(loaded.document);
    expect(warnings).toEqual([]);
    const getB = model.operations.find((op) => op.id === "getB");
    expect(getB?.parameters).toEqual([
      { location: "query", required: false, readWrite: false, parameters: [expect.objectContaining({ name: "limit", in: "query" })] },
    ]);
    const files = renderFiles({ model, groupBy: "none", header: { version: "0", sha256: "0" } });
    const operations = files.find((file) => file.path === "operations.ts")?.contents ?? "";
    const getBSource = operations.slice(operations.indexOf("const descriptor_getB"));
    expect(getBSource).toContain('"params": [\n    {"name": "limit", "in": "query"');
  });

  test("a reference to an inherited property names nothing", () => {
    const { model, warnings } = buildModel({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/x": { get: { parameters: [{ $ref: "#/constructor" }], responses: {} } } },
    } as never);
    expect(model.operations[0].parameters).toEqual([]);
    expect(warnings).toEqual([{ pointer: "#/paths/~1x/get/parameters/0", message: "$ref '#/constructor' not found" }]);
  });
});
