// The keyway package's own folder and version, whether running from source (tests) or from
// dist/: the first package.json above this module whose name is keyway's.
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The name keyway is published under (`keyway` itself belongs to another package on npm). */
export const PACKAGE_NAME = "keyway-openapi";

function keywayVersion(manifest: string): string | undefined {
  if (!existsSync(manifest)) return undefined;
  const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown; version?: unknown };
  return parsed.name === PACKAGE_NAME && typeof parsed.version === "string" ? parsed.version : undefined;
}

function findPackage(): { root: string; version: string } {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const version = keywayVersion(join(dir, "package.json"));
    if (version !== undefined) return { root: dir, version };
    if (dirname(dir) === dir) throw new Error(`${PACKAGE_NAME}'s package.json not found above ${import.meta.url}`);
  }
}

const found = findPackage();
export const packageRoot = found.root;
export const packageVersion = found.version;

/**
 * Where keyway keeps compiled-code caches: node_modules/.cache/keyway, the folder build tools
 * share for such files, in the project keyway is installed in (or in its own checkout).
 */
export function compileCacheFolder(): string {
  const parent = dirname(packageRoot);
  return basename(parent) === "node_modules" ? join(parent, ".cache", "keyway") : join(packageRoot, "node_modules", ".cache", "keyway");
}
