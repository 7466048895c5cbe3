// Every real public document (test/support/documents.ts) generates a client that tsc --strict accepts with
// zero errors (peers such as orval emit 1,233 type errors on GitHub's).
import { describe, expect, test } from "vitest";
import { REAL_DOCUMENTS, type RealDocument } from "../support/documents.js";
import { generate } from "../support/generate.js";
import { typecheck } from "../support/typecheck.js";

const specs: { file: RealDocument; operations: number }[] = [
  { file: "petstore.yaml", operations: 19 },
  { file: "spotify.json", operations: 89 },
  { file: "stripe.json", operations: 452 },
  { file: "github.json", operations: 1223 },
];

describe.each(specs)("$file", ({ file, operations }) => {
  test("generates every operation and type-checks with 0 errors (nodenext, no DOM)", { timeout: 240_000 }, async () => {
    const { output, result } = await generate(`spec-${file}`, REAL_DOCUMENTS[file]);
    expect(result.operations).toBe(operations);
    expect(await typecheck(output, { moduleResolution: "nodenext", dom: false })).toEqual([]);
  });
});
