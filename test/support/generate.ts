// Generates a client into test/.tmp through the real pipeline (programmatic API), so every
// test of generated code exercises load -> model -> render -> format -> write.
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
// The built package, as users run it (npm test builds first): this is also the path that
// renders schema.ts on a worker thread.
import { generateClient, type GenerateOptions } from "../../dist/generator/index.js";

export const repoRoot = resolve(import.meta.dirname, "../..");
export const tmpRoot = join(repoRoot, "test/.tmp");

/** A fresh output folder under test/.tmp for `name`, emptied first. */
export function tmpDir(name: string): string {
  const dir = join(tmpRoot, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, ".."), { recursive: true });
  return dir;
}

export async function generate(name: string, input: string, options: Partial<GenerateOptions> = {}) {
  const output = tmpDir(name);
  const warnings: string[] = [];
  const result = await generateClient({
    input,
    output,
    cwd: repoRoot,
    onWarning: (w) => warnings.push(`${w.pointer}: ${w.message}`),
    ...options,
  });
  return { output, warnings, result };
}
