// The documents and generated files the format and prettier-identity tests walk.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "./generate.js";

/** Every entry document under fixtures/ (not the files they $ref, not the invalid ones). */
export function entryDocuments(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "invalid") walk(path);
      } else if (/^\s*["']?(openapi|swagger)["']?\s*:/m.test(readFileSync(path, "utf8").slice(0, 400))) {
        found.push(relative(repoRoot, path));
      }
    }
  };
  walk(join(repoRoot, "fixtures"));
  return found;
}

/** The files printed from templates, by path: every .ts file but schema.ts and runtime/. */
export function templateFiles(output: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative(output, path);
      if (statSync(path).isDirectory()) {
        if (rel !== "runtime") walk(path);
      } else if (name.endsWith(".ts") && rel !== "schema.ts") files[rel] = readFileSync(path, "utf8");
    }
  };
  walk(output);
  return files;
}
