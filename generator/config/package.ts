// Facts about the installed keyway package: its folder, version, and a fingerprint of the
// code that shapes output. The cache keys on the fingerprint, not only the version, so a
// changed template in a development checkout never serves a stale client.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface PackageInfo {
  root: string;
  version: string;
}

let info: PackageInfo | undefined;
let fingerprint: string | undefined;

/** Walks up from this module to keyway's package.json (works from dist/ and from source). */
export function packageInfo(): PackageInfo {
  if (info) return info;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const parsed: unknown = JSON.parse(readFileSync(manifest, "utf8"));
      if (isKeywayManifest(parsed)) return (info = { root: dir, version: parsed.version });
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("keyway's package.json not found above " + import.meta.url);
    dir = parent;
  }
}

function isKeywayManifest(value: unknown): value is { name: string; version: string } {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.name === "keyway" && typeof record.version === "string";
}

/** sha256 over the version and every file of templates/, runtime/ and the generator code. */
export function generatorFingerprint(): string {
  if (fingerprint) return fingerprint;
  const { root, version } = packageInfo();
  const generatorDir = dirname(dirname(fileURLToPath(import.meta.url)));
  const hash = createHash("sha256").update(`keyway ${version}\n`);
  for (const dir of [join(root, "templates"), join(root, "runtime"), generatorDir]) {
    for (const file of listFiles(dir)) {
      hash.update(`${file.slice(root.length)}\n`).update(readFileSync(file));
    }
  }
  return (fingerprint = hash.digest("hex"));
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => cmp(a.name, b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
