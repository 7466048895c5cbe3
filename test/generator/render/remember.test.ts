// --watch renders each operation's code again only when its context changed (templates.ts
// rememberBetweenRenders): after an edit, the files must be exactly what a fresh render prints.
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../../generator/load/index.js";
import { buildModel } from "../../../generator/model/index.js";
import type { ApiModel } from "../../../generator/model/types.js";
import { renderFiles } from "../../../generator/render/index.js";
import { rememberBetweenRenders } from "../../../generator/render/templates.js";
import { ROOT } from "../load/helpers.js";

const header = { version: "0.0.0-test", sha256: "fixture" };
const text = (model: ApiModel) => renderFiles({ model, groupBy: "none", header }).filter((file) => !file.path.startsWith("runtime/"));

describe("render, remembering operations between renders", () => {
  it("prints after an edit what a fresh render prints, and the old text again after undoing it", async () => {
    const { document } = await loadDocument("fixtures/render/template-branches.yaml", { cwd: ROOT });
    const build = () => buildModel(document, { query: { kind: "tanstack" }, sha256: header.sha256 }).model;
    const before = build();
    const edited = build();
    const [first, second] = edited.operations;
    if (!first || !second) throw new Error("the fixture has two operations at least");
    first.doc = { ...first.doc, summary: "Edited between renders" };
    second.argsRequired = !second.argsRequired;
    // Fresh renders, before anything is remembered.
    const freshBefore = text(before);
    const freshEdited = text(edited);
    expect(freshEdited.find((file) => file.path === "operations.ts")?.contents).toContain(" * Edited between renders");
    expect(freshEdited).not.toEqual(freshBefore);

    rememberBetweenRenders();
    expect(text(before)).toEqual(freshBefore);
    expect(text(edited)).toEqual(freshEdited);
    expect(text(before)).toEqual(freshBefore);
  });
});
