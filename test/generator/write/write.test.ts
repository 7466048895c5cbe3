// The write stage as a pure function of rendered files + an output folder, including the
// "nothing lost" guarantee under SIGKILL at each point of a write.
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { OutputError } from "../../../generator/errors.js";
import type { GeneratedFile } from "../../../generator/render/types.js";
import { diffOutput, inspectOutput, recoverInterruptedSwap, writeOutput } from "../../../generator/write/index.js";
import { ROOT, runNode, snapshot, tempDir, waitFor } from "../../support/cli.js";

const MARKER = { generator: "keyway" as const, version: "0.0.0-test", key: null, operations: 1, inputs: [], warnings: [] };

const V1: GeneratedFile[] = [
  { path: "index.ts", contents: 'export * from "./client.js";\n' },
  { path: "client.ts", contents: "export const v = 1;\n" },
  { path: "runtime/request.ts", contents: "export const r = 1;\n" },
  { path: "old.ts", contents: "export const stale = true;\n" },
];
const V2: GeneratedFile[] = [
  { path: "index.ts", contents: 'export * from "./client.js";\n' },
  { path: "client.ts", contents: "export const v = 2;\n" },
  { path: "runtime/request.ts", contents: "export const r = 1;\n" },
  { path: "new.ts", contents: "export const fresh = true;\n" },
];

async function write(target: string, files: GeneratedFile[], force = false) {
  const state = await inspectOutput(target, "out");
  return writeOutput({ target, shown: "out", files, marker: MARKER, state, force });
}

describe("write stage", () => {
  it("writes every file and a marker listing them, into a folder that did not exist", async () => {
    const target = join(tempDir(), "nested", "out");
    const changes = await write(target, V1);
    expect(changes.map((c) => `${c.change} ${c.path}`)).toEqual([
      "added client.ts",
      "added index.ts",
      "added old.ts",
      "added runtime/request.ts",
    ]);
    expect(readFileSync(join(target, "runtime/request.ts"), "utf8")).toBe("export const r = 1;\n");
    const marker = JSON.parse(readFileSync(join(target, ".keyway"), "utf8"));
    expect(Object.keys(marker.files)).toEqual(["client.ts", "index.ts", "old.ts", "runtime/request.ts"]);
    expect(marker.files["client.ts"]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives byte-identical folders for the same files, whatever their order", async () => {
    const a = join(tempDir(), "a");
    const b = join(tempDir(), "b");
    await write(a, V1);
    await write(b, [...V1].reverse());
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it("reports added, changed and removed files, and removes the stale one on write", async () => {
    const target = join(tempDir(), "out");
    await write(target, V1);
    const diff = await diffOutput(target, V2, await inspectOutput(target, "out"));
    expect(diff.map((c) => `${c.change} ${c.path}`)).toEqual(["changed client.ts", "added new.ts", "removed old.ts"]);
    await write(target, V2);
    expect(existsSync(join(target, "old.ts"))).toBe(false);
    expect(readFileSync(join(target, "new.ts"), "utf8")).toBe("export const fresh = true;\n");
  });

  it("carries a file whose bytes are unchanged into the new folder as a link; a changed one, or one edited by hand, is written", async () => {
    // --watch replaces a 70-file client after each save, and an edit changes a few of them.
    const target = join(tempDir(), "out");
    await write(target, V1);
    const inode = (path: string) => statSync(join(target, path)).ino;
    const before = { index: inode("index.ts"), client: inode("client.ts") };
    writeFileSync(join(target, "runtime/request.ts"), "export const r = 'edited by hand';\n");
    await write(target, V2);
    expect(inode("index.ts")).toBe(before.index);
    expect(statSync(join(target, "index.ts")).nlink).toBe(1);
    expect(inode("client.ts")).not.toBe(before.client);
    const fresh = join(tempDir(), "out");
    await write(fresh, V2);
    expect(snapshot(target)).toEqual(snapshot(fresh));
  });

  it("links only a plain file of its own: a symbolic link, or a file with a second name, is written afresh", async () => {
    const parent = tempDir();
    const target = join(parent, "out");
    await write(target, V1);
    // Same bytes as V2 wants in both cases.
    writeFileSync(join(parent, "elsewhere.ts"), readFileSync(join(target, "index.ts")));
    rmSync(join(target, "index.ts"));
    symlinkSync(join(parent, "elsewhere.ts"), join(target, "index.ts"));
    linkSync(join(target, "runtime/request.ts"), join(parent, "second-name.ts"));
    await write(target, V2);
    expect(lstatSync(join(target, "index.ts")).isFile()).toBe(true);
    expect(statSync(join(target, "runtime/request.ts")).ino).not.toBe(statSync(join(parent, "second-name.ts")).ino);
    expect(readFileSync(join(target, "runtime/request.ts"), "utf8")).toBe("export const r = 1;\n");
  });

  it("keeps files a user added to a keyway folder", async () => {
    const target = join(tempDir(), "out");
    await write(target, V1);
    writeFileSync(join(target, "mine.ts"), "// hand-written\n");
    await write(target, V2);
    expect(readFileSync(join(target, "mine.ts"), "utf8")).toBe("// hand-written\n");
    expect(existsSync(join(target, "old.ts"))).toBe(false);
  });

  it("refuses a non-empty folder it did not generate, and leaves it untouched", async () => {
    const target = join(tempDir(), "src");
    mkdirSync(target);
    writeFileSync(join(target, "app.ts"), "main();\n");
    const before = snapshot(target);
    const attempt = write(target, V1);
    await expect(attempt).rejects.toBeInstanceOf(OutputError);
    await expect(attempt).rejects.toThrow(
      "out is not empty and was not generated by keyway (no .keyway file); use --force to write into it",
    );
    expect(snapshot(target)).toEqual(before);
  });

  it("with force, writes into a foreign folder and keeps its files", async () => {
    const target = join(tempDir(), "src");
    mkdirSync(join(target, "deep"), { recursive: true });
    writeFileSync(join(target, "deep/app.ts"), "main();\n");
    await write(target, V1, true);
    expect(readFileSync(join(target, "deep/app.ts"), "utf8")).toBe("main();\n");
    expect(existsSync(join(target, ".keyway"))).toBe(true);
  });

  it("accepts an existing empty folder without --force", async () => {
    const target = join(tempDir(), "empty");
    mkdirSync(target);
    await write(target, V1);
    expect(existsSync(join(target, "client.ts"))).toBe(true);
  });

  it("refuses an output path that is a file", async () => {
    const target = join(tempDir(), "file");
    writeFileSync(target, "x");
    await expect(inspectOutput(target, "file")).rejects.toThrow("file exists and is not a folder");
  });

  it("does not touch the folder when nothing changed", async () => {
    const target = join(tempDir(), "out");
    await write(target, V1);
    writeFileSync(join(target, "probe"), "");
    const inode = (await import("node:fs")).statSync(target).ino;
    await write(target, V1);
    expect((await import("node:fs")).statSync(target).ino).toBe(inode);
  });

  it("a failure while writing leaves the previous output byte-identical and no temporary folder", async () => {
    const parent = tempDir();
    const target = join(parent, "out");
    await write(target, V1);
    const before = snapshot(target);
    // "x" as a folder (for x/y) and as a file: the second write fails half-way.
    const broken = [...V2, { path: "x/y.ts", contents: "" }, { path: "x", contents: "" }];
    await expect(write(target, broken)).rejects.toThrow();
    expect(snapshot(target)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["out"]);
  });
});

/** Runs writeOutput(V2) in a child (from dist/) that pauses at `point` for the test to act. */
function childWrite(target: string, point: string, pauseMs: number, signal: NodeJS.Signals) {
  const paused = join(dirname(target), `paused-${point}`);
  const module = pathToFileURL(join(ROOT, "dist/generator/write/index.js")).href;
  const code = `
    const { inspectOutput, writeOutput } = await import(${JSON.stringify(module)});
    const job = JSON.parse(process.env.JOB);
    const state = await inspectOutput(job.target, "out");
    await writeOutput({ target: job.target, shown: "out", files: job.files, marker: job.marker, state, force: false });`;
  return runNode(["--input-type=module", "-e", code], {
    cwd: dirname(target),
    env: {
      JOB: JSON.stringify({ target, files: V2, marker: MARKER }),
      KEYWAY_TEST_PAUSE: `${point}:${paused}`,
      KEYWAY_TEST_PAUSE_MS: String(pauseMs),
    },
    timeoutMs: 30_000,
    onSpawn: (child) => {
      void waitFor(() => existsSync(paused), 20_000, `pause at ${point}`).then(() => child.kill(signal));
    },
  });
}

describe("killed mid-write", () => {
  for (const point of ["mid-write", "before-swap"]) {
    it(`SIGKILL at ${point} leaves the previous output byte-identical`, async () => {
      const parent = tempDir();
      const target = join(parent, "out");
      await write(target, V1);
      const before = snapshot(target);
      const result = await childWrite(target, point, 20_000, "SIGKILL");
      expect(result.signal).toBe("SIGKILL");
      expect(snapshot(target)).toEqual(before);
      await recoverInterruptedSwap(target); // the next run clears the dead run's temp folder
      expect(readdirSync(parent).filter((name) => !name.startsWith("paused-"))).toEqual(["out"]);
    });
  }

  it("SIGKILL between the two renames parks the previous output; the next run restores it", async () => {
    const parent = tempDir();
    const target = join(parent, "out");
    await write(target, V1);
    const before = snapshot(target);
    const result = await childWrite(target, "mid-swap", 20_000, "SIGKILL");
    expect(result.signal).toBe("SIGKILL");
    expect(existsSync(target)).toBe(false);
    expect(snapshot(join(parent, ".keyway-old-out"))).toEqual(before);
    await recoverInterruptedSwap(target);
    expect(snapshot(target)).toEqual(before);
    expect(readdirSync(parent).filter((name) => !name.startsWith("paused-"))).toEqual(["out"]);
  });

  it("Ctrl-C during the swap is held until the swap is done", async () => {
    const parent = tempDir();
    const target = join(parent, "out");
    await write(target, V1);
    const result = await childWrite(target, "mid-swap", 500, "SIGINT");
    expect(result.signal).toBe("SIGINT");
    expect(readFileSync(join(target, "client.ts"), "utf8")).toBe("export const v = 2;\n");
    expect(existsSync(join(parent, ".keyway-old-out"))).toBe(false);
  });
});
