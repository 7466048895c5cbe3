// enums.ts and index.ts's re-export of it print what prettier would (generator/render/enums.ts),
// so output too large to format reads the same as formatted output.
import * as prettier from "prettier";
import { describe, expect, test } from "vitest";
import { buildModel } from "../../../generator/model/index.js";
import { renderFiles } from "../../../generator/render/index.js";
import { documentWith } from "../model/build.js";

const PRETTIER = { parser: "babel-ts", printWidth: 100 } as const;

function filesFor(count: number, description?: string) {
  const schemas = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`Status${i}`, { description, enum: ["on", "off"], "x-enum-descriptions": ["Running", "Stopped\nfor now"] }]),
  );
  const { model } = buildModel(documentWith({ components: { schemas } } as never));
  const files = renderFiles({ model, groupBy: "none", header: { version: "0", sha256: "0" } });
  return Object.fromEntries(files.filter((f) => f.path === "index.ts" || f.path === "enums.ts").map((f) => [f.path, f.contents]));
}

describe("enums.ts and its re-export", () => {
  test.each([
    ["a few enums, one export line", 3, "Whether it runs."],
    ["many, one name a line", 12, "Whether it runs."],
    ["undescribed enums", 3, undefined],
  ])("%s: prettier changes nothing", async (_name, count, description) => {
    const files = filesFor(count, description);
    for (const text of Object.values(files)) expect(await prettier.format(text, PRETTIER)).toBe(text);
    expect(files["index.ts"]).toContain(count === 3 ? 'export { Status0, Status1, Status2 } from "./enums.js";' : "export {\n  Status0,\n");
  });

  test("names, keys and values of every length 1-96: prettier changes nothing", async () => {
    const schemas = Object.fromEntries(
      Array.from({ length: 96 }, (_, i) => [
        `E${"e".repeat(i)}`,
        { enum: ["v".repeat(i + 1), `k${"k".repeat(i)} ${i}`], "x-enum-varnames": [`N${"n".repeat(i)}`, `K${i}`], "x-enum-descriptions": ["d".repeat(i * 2), "x"] },
      ]),
    );
    const { model } = buildModel(documentWith({ components: { schemas } } as never));
    const files = renderFiles({ model, groupBy: "none", header: { version: "0", sha256: "0" } });
    for (const file of files.filter((f) => f.path === "index.ts" || f.path === "enums.ts")) {
      expect(await prettier.format(file.contents, PRETTIER)).toBe(file.contents);
    }
  });

  test("no named enum: no enums.ts, and index.ts as before", () => {
    const { model } = buildModel(documentWith({ components: { schemas: { Pet: { type: "object" } } } } as never));
    const files = renderFiles({ model, groupBy: "none", header: { version: "0", sha256: "0" } });
    expect(files.map((f) => f.path)).not.toContain("enums.ts");
    expect(files.find((f) => f.path === "index.ts")?.contents).not.toContain("enums");
  });

  test("a member's multi-line description is one JSDoc block, indented", () => {
    expect(filesFor(1)["enums.ts"]).toContain('  /**\n   * Stopped\n   * for now\n   */\n  off: "off",\n');
  });
});
