// A fingerprint of the code that shapes output. The cache keys on it, not only on the
// version, so a changed template in a development checkout never serves a stale client.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot, packageVersion } from "../package-root.js";

let fingerprint: string | undefined;

/** sha256 over the version and every file of templates/, runtime/ and the generator code. */
export function generatorFingerprint(): string {
  if (fingerprint) return fingerprint;
  const [root, version] = [packageRoot, packageVersion];
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
