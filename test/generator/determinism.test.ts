// Same input, same bytes; a failed run leaves the previous output exactly as it was.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { generateClient } from "../../dist/generator/index.js";
import { generate, repoRoot } from "../support/generate.js";

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, "utf8");
    }
  };
  walk(dir);
  return files;
}

test("generating the same document twice gives byte-identical files", async () => {
  const first = await generate("determinism-a", "fixtures/petstore/petstore.yaml", { groupBy: "tag" });
  const second = await generate("determinism-b", "fixtures/petstore/petstore.yaml", { groupBy: "tag" });
  const a = snapshot(first.output);
  expect(Object.keys(a).length).toBeGreaterThan(10);
  expect(snapshot(second.output)).toEqual(a);
  expect(a["operations/pets.ts"]).toContain("export function getPetById(");
});

test("a run that fails on an invalid document leaves the previous output untouched", async () => {
  const { output } = await generate("untouched", "fixtures/petstore/petstore.yaml");
  const before = snapshot(output);
  const failure = await generateClient({ input: "fixtures/invalid/missing-ref.yaml", output, cwd: repoRoot }).catch((e: unknown) => e);
  expect(failure).toMatchObject({ name: "InvalidDocumentError", kind: "invalid" });
  expect(snapshot(output)).toEqual(before);
});
