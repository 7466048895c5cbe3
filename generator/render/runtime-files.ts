// runtime/ is copied into every client byte for byte; it is read once per process.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { packageRoot } from "../package-root.js";
import type { GeneratedFile } from "./types.js";

let cache: GeneratedFile[] | undefined;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

export function runtimeFiles(): GeneratedFile[] {
  if (!cache) {
    const root = join(packageRoot, "runtime");
    cache = walk(root)
      .sort()
      .map((file) => ({
        path: `runtime/${relative(root, file).split(sep).join("/")}`,
        contents: readFileSync(file, "utf8"),
      }));
  }
  return cache;
}
