// Formatting a statement group at a time (and reusing last run's groups) must print exactly
// what prettier prints for the whole file, on every fixture the repository has.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { formatFiles } from "../../../dist/generator/format/index.js";
import { formatStatements } from "../../../dist/generator/format/statements.js";
import { generate, repoRoot, tmpDir } from "../../support/generate.js";
import { entryDocuments, templateFiles } from "../../support/template-files.js";

const PRETTIER = { parser: "babel-ts", printWidth: 100 } as const;

/** prettier, counting the characters it is given. */
function countingFormat() {
  const counter = { calls: 0, chars: 0 };
  const format = (text: string) => {
    counter.calls++;
    counter.chars += text.length;
    return prettier.format(text, PRETTIER);
  };
  return { counter, format };
}

describe("format/statements", { timeout: 300_000 }, () => {
  const documents = entryDocuments();

  it("finds the fixtures", () => {
    expect(documents.length).toBeGreaterThan(25);
    expect(documents).toContain("fixtures/petstore/petstore.yaml");
  });

  it.each(documents.flatMap((document) => [[document, "none"] as const, [document, "tag"] as const]))(
    "%s (--group-by %s): pieces, and keyway's prettier, print as prettier does the whole file",
    async (document, groupBy) => {
      const { output } = await generate(`format-${document.replace(/\W/g, "-")}-${groupBy}`, document, { format: false, groupBy });
      const files = templateFiles(output);
      const texts = Object.values(files);
      expect(texts.length).toBeGreaterThan(0);
      const whole = await Promise.all(texts.map((text) => prettier.format(text, PRETTIER)));
      const first = countingFormat();
      expect(await formatStatements(texts, first.format)).toEqual(whole);
      const second = countingFormat();
      expect(await formatStatements(texts, second.format)).toEqual(whole);
      expect(second.counter.calls).toBe(0);
      // What a run does: prettier's standalone build, from the code cache, piece by piece.
      const generated = Object.entries(files).map(([path, contents]) => ({ path, contents }));
      expect((await formatFiles(generated)).map((file) => file.contents)).toEqual(whole);
    },
  );

  it("after an edit to one operation, prettier sees only the statements that changed", async () => {
    const petstore = readFileSync(join(repoRoot, "fixtures/petstore/petstore.yaml"), "utf8");
    const dir = tmpDir("format-edit-input");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dir, { recursive: true });
    const edited = join(dir, "petstore.yaml");
    writeFileSync(edited, petstore);
    const before = templateFiles((await generate("format-edit-a", edited, { format: false })).output);
    const summary = /summary: (.+)/.exec(petstore)?.[1] ?? "";
    expect(summary).not.toBe("");
    writeFileSync(edited, petstore.replace(`summary: ${summary}`, "summary: A summary long enough that prettier must wrap the line it ends up on, somewhere"));
    const after = templateFiles((await generate("format-edit-b", edited, { format: false })).output);
    expect(after["operations.ts"]).not.toBe(before["operations.ts"]);

    await formatStatements(Object.values(before), countingFormat().format);
    const { counter, format } = countingFormat();
    const texts = Object.values(after);
    const expected = await Promise.all(texts.map((text) => prettier.format(text, PRETTIER)));
    expect(await formatStatements(texts, format)).toEqual(expected);
    // What prettier must see: per file, the statement groups the edit changed (a blank line
    // before a line at column 0 starts one), joined as one call.
    const byStatement = /\n\n(?=\S)/;
    const seen = new Set(Object.values(before).flatMap((text) => text.split(byStatement)));
    const changed = texts.map((text) => [...new Set(text.split(byStatement).filter((piece) => !seen.has(piece)))]).filter((pieces) => pieces.length > 0);
    const total = texts.reduce((sum, text) => sum + text.length, 0);
    expect(counter.calls).toBe(changed.length);
    expect(counter.chars).toBe(changed.reduce((sum, pieces) => sum + pieces.join("\n\n").length, 0));
    expect(counter.chars).toBeLessThan(total / 2);
  });
});

describe("format/statements, a blank line inside a statement", () => {
  it("cuts the statement in two; a half prettier rejects sends the file to prettier whole", async () => {
    const first = "const a = `one\n\ntwo`;\n\nexport   const b = {x:1};\n";
    const second = "const a = `one\n\nthree`;\n\nexport   const b = {x:1};\n";
    expect(await formatStatements([first], countingFormat().format)).toEqual([await prettier.format(first, PRETTIER)]);
    // `three\`;` alone is not a program: prettier throws on it, and the file goes whole.
    const { counter, format } = countingFormat();
    expect(await formatStatements([second], format)).toEqual([await prettier.format(second, PRETTIER)]);
    expect(counter.calls).toBe(2);
    expect(counter.chars).toBe("three`;".length + second.length);
  });
});
