// runtime/ is copied into user projects and compiled with their settings: runtime/auth must
// type-check with and without the DOM lib, under moduleResolution NodeNext and Bundler, and
// with the strictest optional flags users turn on.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Every file of runtime/auth: it has no index, each module is an entry. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}
const entries = walk(fileURLToPath(new URL("../../../runtime/auth", import.meta.url)));

const variants: [string, ts.ModuleKind, ts.ModuleResolutionKind, string[]][] = [
  ["NodeNext, no DOM", ts.ModuleKind.NodeNext, ts.ModuleResolutionKind.NodeNext, ["lib.es2022.d.ts"]],
  ["NodeNext, DOM", ts.ModuleKind.NodeNext, ts.ModuleResolutionKind.NodeNext, ["lib.es2022.d.ts", "lib.dom.d.ts"]],
  ["Bundler, no DOM", ts.ModuleKind.ESNext, ts.ModuleResolutionKind.Bundler, ["lib.es2022.d.ts"]],
  ["Bundler, DOM", ts.ModuleKind.ESNext, ts.ModuleResolutionKind.Bundler, ["lib.es2022.d.ts", "lib.dom.d.ts"]],
];

describe("runtime/auth type-checks wherever it is copied", () => {
  for (const [name, module, moduleResolution, lib] of variants) {
    it(name, () => {
      const program = ts.createProgram(entries, {
        target: ts.ScriptTarget.ES2022,
        module,
        moduleResolution,
        lib,
        types: ["node"],
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        noImplicitOverride: true,
        skipLibCheck: true,
        noEmit: true,
      });
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
      expect(diagnostics).toEqual([]);
    }, 60_000);
  }
});
