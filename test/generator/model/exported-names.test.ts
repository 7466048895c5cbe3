// The generated index.ts exports operations next to runtime/index.ts and its own names; an
// operation may never take one of those (tsc would reject the ambiguous `export *`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";
import { EXPORTED_NAMES } from "../../../generator/model/names.js";

const repoRoot = join(import.meta.dirname, "../../..");

function exportedNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(repoRoot, file), "utf8"), ts.ScriptTarget.ES2022);
  const names: string[] = [];
  source.forEachChild((node) => {
    if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
      for (const element of node.exportClause.elements) names.push(element.name.text);
    }
  });
  return names;
}

/** Operation functions are camelCase; their types end in Args, Data, Error or Response. */
function couldCollide(name: string): boolean {
  return /^[a-z]/.test(name) || /(Args|Data|Error|Response)$/.test(name);
}

test("every runtime name the client exports, that an operation could produce, is reserved", () => {
  const reserved = new Set([...EXPORTED_NAMES].map((name) => name.toLowerCase()));
  const stems = (name: string) => [name, name.replace(/(Args|Data|Error|Response)$/, "")].map((n) => n.toLowerCase());
  const runtime = exportedNames("runtime/index.ts").filter(couldCollide);
  expect(runtime.length).toBeGreaterThan(5);
  const unreserved = runtime.filter((name) => !stems(name).some((stem) => reserved.has(stem)));
  expect(unreserved).toEqual([]);
});
