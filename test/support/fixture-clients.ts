// Generates small fixture documents through the programmatic API (from the sources, so
// schema.ts renders in-process) and type-checks all of them in one tsc --strict, for tests
// whose point is "this document now gives a client that compiles".
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { generateClient, type GenerationWarning } from "../../generator/index.js";
import { typecheckClients } from "./batch-typecheck.js";

export const repoRoot = join(import.meta.dirname, "../..");

export interface FixtureClient {
  output: string;
  warnings: GenerationWarning[];
}

/** A fresh, empty scratch folder under test/.tmp. */
export function scratchDir(name: string): string {
  const dir = join(repoRoot, "test/.tmp", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function generateFixture(input: string, output: string): Promise<FixtureClient> {
  const warnings: GenerationWarning[] = [];
  await generateClient({ input, output, cwd: repoRoot, format: false, onWarning: (w) => warnings.push(w) });
  return { output, warnings };
}

/** tsc --strict over the clients under `root` (folder names); `{}` when all compile. */
export function typecheckFixtures(root: string, clients: string[]): Promise<Record<string, string[]>> {
  return typecheckClients(repoRoot, root, clients);
}
