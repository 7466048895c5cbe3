// Issue 13: a `.keyway` marker is a file anyone can edit. An entry that leaves the folder is
// ignored with a warning: never removed, never listed by --check, never counted.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { generateClient, type GenerationWarning } from "../../../generator/index.js";
import { repoRoot, scratchDir } from "../../support/fixture-clients.js";

test("marker entries outside the folder are ignored with a warning, by --check and by a run", { timeout: 120_000 }, async () => {
  const root = scratchDir("write/marker-outside");
  const output = join(root, "deep/out");
  const input = join(repoRoot, "fixtures/petstore/petstore.yaml");
  await generateClient({ input, output, cwd: repoRoot, format: false });
  const victim = join(root, "victim.txt");
  writeFileSync(victim, "keep me\n");
  const markerPath = join(output, ".keyway");
  const marker = JSON.parse(readFileSync(markerPath, "utf8")) as { files: Record<string, string>; key: string | null };
  marker.files["../../victim.txt"] = "0".repeat(64);
  marker.files["/etc/hostname"] = "0".repeat(64);
  marker.key = null; // not cached: the run must compare and write
  writeFileSync(markerPath, JSON.stringify(marker));

  const warnings: GenerationWarning[] = [];
  const onWarning = (w: GenerationWarning) => warnings.push(w);
  const checked = await generateClient({ input, output, cwd: repoRoot, format: false, check: true, onWarning });
  expect(checked.changes).toEqual([]);
  const outside = warnings.filter((w) => w.file.endsWith(".keyway")).map((w) => `${w.pointer}: ${w.message}`);
  expect(outside).toEqual([
    "#/files/..~1..~1victim.txt: lists '../../victim.txt', which is not a file inside the folder: ignored",
    "#/files/~1etc~1hostname: lists '/etc/hostname', which is not a file inside the folder: ignored",
  ]);

  await generateClient({ input, output, cwd: repoRoot, format: false, onWarning });
  expect(readFileSync(victim, "utf8")).toBe("keep me\n");
  expect(existsSync(markerPath)).toBe(true);
  expect(Object.keys((JSON.parse(readFileSync(markerPath, "utf8")) as { files: object }).files).filter((p) => p.includes(".."))).toEqual([]);
});
