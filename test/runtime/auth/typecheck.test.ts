// runtime/ is copied into user projects and compiled with their settings: runtime/auth must
// type-check with and without the DOM lib, under moduleResolution NodeNext and Bundler, and
// with the strictest optional flags users turn on.
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../../../runtime/auth/index.ts", import.meta.url));

const variants: [string, ts.ModuleKind, ts.ModuleResolutionKind, string[]][] = [
  ["NodeNext, no DOM", ts.ModuleKind.NodeNext, ts.ModuleResolutionKind.NodeNext, ["lib.es2022.d.ts"]],
  ["NodeNext, DOM", ts.ModuleKind.NodeNext, ts.ModuleResolutionKind.NodeNext, ["lib.es2022.d.ts", "lib.dom.d.ts"]],
  ["Bundler, no DOM", ts.ModuleKind.ESNext, ts.ModuleResolutionKind.Bundler, ["lib.es2022.d.ts"]],
  ["Bundler, DOM", ts.ModuleKind.ESNext, ts.ModuleResolutionKind.Bundler, ["lib.es2022.d.ts", "lib.dom.d.ts"]],
];

describe("runtime/auth type-checks wherever it is copied", () => {
  for (const [name, module, moduleResolution, lib] of variants) {
    it(name, () => {
      const program = ts.createProgram([entry], {
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
