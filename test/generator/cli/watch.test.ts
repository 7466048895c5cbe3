// --watch: regenerates when a $ref'd file changes, debounced, survives a broken edit,
// and stops cleanly on Ctrl-C.
import { spawn } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PET_YAML, project } from "../../support/project.js";
import { BIN, waitFor } from "../../support/cli.js";

/**
 * Saves as most editors do, a whole new file renamed over the old: written in place, a busy
 * machine can stall the writer between truncating and writing for longer than the debounce,
 * and keyway then rightly reports an empty document, a run this test does not expect.
 */
function save(file: string, text: string): void {
  writeFileSync(`${file}.saving`, text);
  renameSync(`${file}.saving`, file);
}

describe("--watch", { timeout: 150_000 }, () => {
  it("regenerates on an edit of a $ref'd file, once per burst, keeps going after an error, stops on SIGINT", async () => {
    const cwd = project();
    const child = spawn(process.execPath, [BIN, "generate", "client", "-i", "api.yaml", "-o", "out", "--watch"], { cwd });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    const written = () => stderr.split("\n").filter((line) => /^out: 2 operations, \d+ files written/.test(line)).length;
    // One entry per run: its summary, or the one line naming the broken file's YAML error.
    const outcomes = () =>
      stderr.split("\n").flatMap((line) => (/^out: 2 operations, \d+ files written/.test(line) ? ["written"] : line.startsWith("error pet.yaml ") ? ["error"] : []));
    try {
      await waitFor(() => stderr.includes("watching api.yaml (Ctrl-C to stop)"), 30_000, "the first run");
      expect(written()).toBe(1);

      // a burst of two saves is one regeneration
      save(join(cwd, "pet.yaml"), PET_YAML.replace("name: {type: string}", "name: {type: string}, age: {type: integer}"));
      save(join(cwd, "pet.yaml"), PET_YAML.replace("name: {type: string}", "name: {type: string}, born: {type: string}"));
      await waitFor(() => written() === 2, 30_000, "the regeneration");
      expect(readFileSync(join(cwd, "out/schema.ts"), "utf8")).toContain("born?: string");

      // a broken edit prints the error and leaves the last good output; fixing it regenerates
      const good = readFileSync(join(cwd, "out/schema.ts"), "utf8");
      save(join(cwd, "pet.yaml"), "Pets: [\n");
      await waitFor(() => stderr.includes("error pet.yaml"), 30_000, "the error");
      expect(readFileSync(join(cwd, "out/schema.ts"), "utf8")).toBe(good);
      save(join(cwd, "pet.yaml"), PET_YAML);
      await waitFor(() => written() === 3, 30_000, "the recovery");
      expect(readFileSync(join(cwd, "out/schema.ts"), "utf8")).not.toContain("born?: string");
      // Runs never overlap, so a burst that ran twice would show here as one more outcome
      // before the error: no fixed wait for "nothing else happened" is needed.
      expect(outcomes()).toEqual(["written", "written", "error", "written"]);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
  });
});
