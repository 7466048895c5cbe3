// A run replaces the output folder whole, but a file whose bytes are already there is
// hard-linked into the new folder rather than written again (generator/write/swap.ts):
// --watch rewrites a 70-file client after each save, and an edit changes a few of them.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../../generator/render/types.js";
import { inspectOutput, writeOutput } from "../../../generator/write/index.js";
import { snapshot, tempDir } from "../../support/cli.js";

const MARKER = { generator: "keyway" as const, version: "0.0.0-test", key: null, operations: 1, inputs: [], warnings: [] };

const V1: GeneratedFile[] = [
  { path: "index.ts", contents: 'export * from "./client.js";\n' },
  { path: "client.ts", contents: "export const v = 1;\n" },
  { path: "runtime/request.ts", contents: "export const r = 1;\n" },
];
const V2: GeneratedFile[] = [
  { path: "index.ts", contents: 'export * from "./client.js";\n' },
  { path: "client.ts", contents: "export const v = 2;\n" },
  { path: "runtime/request.ts", contents: "export const r = 1;\n" },
];

async function write(target: string, files: GeneratedFile[]) {
  const state = await inspectOutput(target, "out");
  return writeOutput({ target, shown: "out", files, marker: MARKER, state, force: false });
}

const inode = (path: string) => statSync(path).ino;

describe("an unchanged file is carried into the new output folder", () => {
  it("as a link to the old one; a changed file, or one edited by hand since, is written; the folder is what a fresh write gives", async () => {
    const target = join(tempDir(), "out");
    await write(target, V1);
    const before = Object.fromEntries(V1.map((file) => [file.path, inode(join(target, file.path))]));
    // Same bytes as V2 wants, except that someone edited it in the output folder.
    writeFileSync(join(target, "runtime/request.ts"), "export const r = 'edited';\n");
    const changes = await write(target, V2);
    expect(changes.map((c) => `${c.change} ${c.path}`)).toEqual(["changed client.ts", "changed runtime/request.ts"]);

    expect(inode(join(target, "index.ts"))).toBe(before["index.ts"]);
    expect(statSync(join(target, "index.ts")).nlink).toBe(1);
    expect(inode(join(target, "client.ts"))).not.toBe(before["client.ts"]);
    expect(readFileSync(join(target, "runtime/request.ts"), "utf8")).toBe("export const r = 1;\n");

    const fresh = join(tempDir(), "out");
    await write(fresh, V2);
    expect(snapshot(target)).toEqual(snapshot(fresh));
  });
});
