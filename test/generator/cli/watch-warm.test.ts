// --watch regenerates in a warm process (issue 14): after the first run, a save imports and
// compiles nothing and starts no worker. The process runs with a preload that logs every
// module it loads and every worker it starts; the log must not grow after the first run.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { API_YAML, PET_YAML, project } from "../../support/project.js";
import { BIN, ROOT, waitFor } from "../../support/cli.js";

const PRELOAD = join(ROOT, "test/support/count-loads.mjs");

describe("--watch, warm", { timeout: 150_000 }, () => {
  it("loads no module and starts no worker after the first run, over several saves", async () => {
    const cwd = project();
    const log = join(cwd, "loads.log");
    writeFileSync(log, "");
    const child = spawn(process.execPath, ["--import", PRELOAD, BIN, "generate", "client", "-i", "api.yaml", "-o", "out", "--watch"], {
      cwd,
      env: { ...process.env, KEYWAY_LOAD_LOG: log, NO_COLOR: "1" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    const written = () => stderr.split("\n").filter((line) => /^out: 2 operations, \d+ files written/.test(line)).length;
    const loads = () => readFileSync(log, "utf8").split("\n").filter(Boolean);
    try {
      await waitFor(() => stderr.includes("watching api.yaml (Ctrl-C to stop)"), 60_000, "the first run");
      const first = loads();
      // The log sees what a cold run loads: the compiler and the pipeline's ES modules. The
      // document is small, so its types are printed in the main thread: no types worker
      // compiles anything (the one "worker started" line is the preload's own module hooks).
      expect(first.some((line) => /^(cjs|script) thread 0 .*node_modules\/typescript\/lib\/typescript\.js$/.test(line))).toBe(true);
      expect(first.some((line) => /^esm .*\/dist\/generator\/pipeline\.js$/.test(line))).toBe(true);
      expect(first.filter((line) => /^(cjs|script) thread [1-9]/.test(line))).toEqual([]);

      const edits: [string, string][] = [
        ["pet.yaml", PET_YAML.replace("name: {type: string}", "name: {type: string}, age: {type: integer}")],
        ["api.yaml", API_YAML.replace("description: ok", "description: the pets")],
        ["pet.yaml", PET_YAML.replace("name: {type: string}", "name: {type: string}, born: {type: string}")],
      ];
      for (const [index, [file, contents]] of edits.entries()) {
        writeFileSync(join(cwd, file), contents);
        await waitFor(() => written() === index + 2, 60_000, `regeneration ${index + 1}`);
      }
      expect(readFileSync(join(cwd, "out/schema.ts"), "utf8")).toContain("born?: string");
      expect(readFileSync(join(cwd, "out/schema.ts"), "utf8")).toContain("the pets");
      expect(loads().slice(first.length)).toEqual([]);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
  });
});
