// "Nothing lost" through the real CLI: a run killed (SIGKILL) while writing, before or
// during the swap leaves the previous output byte-identical (or parked and restored by
// the next run, for the instant between the two renames).
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { API_YAML, project } from "../../support/project.js";
import { runCli, snapshot, waitFor } from "../../support/cli.js";

async function killedRun(cwd: string, point: string) {
  const paused = join(cwd, `paused-${point}`);
  return runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "-q"], {
    cwd,
    env: { KEYWAY_TEST_PAUSE: `${point}:${paused}`, KEYWAY_TEST_PAUSE_MS: "20000" },
    timeoutMs: 60_000,
    onSpawn: (child) => void waitFor(() => existsSync(paused), 50_000, point).then(() => child.kill("SIGKILL")),
  });
}

describe("SIGKILL during generate client", { timeout: 150_000 }, () => {
  it("mid-write, then before the swap: the previous output stays byte-identical", async () => {
    const cwd = project();
    expect((await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "-q"], { cwd })).code).toBe(0);
    const before = snapshot(join(cwd, "out"));
    writeFileSync(join(cwd, "api.yaml"), API_YAML.replace("operationId: listPets\n      tags: [pets]", "operationId: findPets\n      tags: [pets]"));
    for (const point of ["mid-write", "before-swap"]) {
      const result = await killedRun(cwd, point);
      expect(result.signal).toBe("SIGKILL");
      expect(snapshot(join(cwd, "out"))).toEqual(before);
    }
    // the next run clears the dead runs' temporary folders and writes the new output
    expect((await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "-q"], { cwd })).code).toBe(0);
    expect(readdirSync(cwd).filter((name) => name.startsWith(".keyway"))).toEqual([]);
    expect(snapshot(join(cwd, "out"))).not.toEqual(before);
  });

  it("between the two renames: the previous output is parked whole, and the next run restores it first", async () => {
    const cwd = project();
    expect((await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "-q"], { cwd })).code).toBe(0);
    const before = snapshot(join(cwd, "out"));
    writeFileSync(join(cwd, "api.yaml"), API_YAML.replace("listPets\n      tags: [pets]", "findPets\n      tags: [pets]"));
    expect((await killedRun(cwd, "mid-swap")).signal).toBe("SIGKILL");
    expect(snapshot(join(cwd, ".keyway-old-out"))).toEqual(before);
    // the next run fails (broken document) but has put the previous output back
    writeFileSync(join(cwd, "api.yaml"), "openapi: 3.0.3\n");
    expect((await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "-q"], { cwd })).code).toBe(1);
    expect(snapshot(join(cwd, "out"))).toEqual(before);
    expect(existsSync(join(cwd, ".keyway-old-out"))).toBe(false);
  });
});

/**
 * A complete output of the new run: the same files as the reference new output, each with
 * the bytes its marker records. (Not byte-equal to the reference: in a shared working tree
 * the copied runtime may change between two runs.)
 */
function isWhole(state: Record<string, string>, reference: Record<string, string>): boolean {
  if (Object.keys(state).join() !== Object.keys(reference).join()) return false;
  const marker = JSON.parse(Buffer.from(state[".keyway"] ?? "", "base64").toString()) as { files: Record<string, string> };
  const sha = (base64: string) => createHash("sha256").update(Buffer.from(base64, "base64")).digest("hex");
  return Object.keys(state).every((path) => path === ".keyway" || marker.files[path] === sha(state[path] ?? ""));
}

describe("SIGKILL at any moment", { timeout: 150_000 }, () => {
  it("the output is always the old one or the new one, whole (kills spread over a whole run)", async () => {
    const cwd = project();
    const run = (output: string) => runCli(["generate", "client", "-i", "api.yaml", "-o", output, "-q"], { cwd });
    expect((await run("old")).code).toBe(0);
    writeFileSync(join(cwd, "api.yaml"), API_YAML.replace("listPets\n      tags: [pets]", "findPets\n      tags: [pets]"));
    const started = Date.now();
    expect((await run("new")).code).toBe(0);
    const duration = Date.now() - started;
    const [before, after] = [snapshot(join(cwd, "old")), snapshot(join(cwd, "new"))];
    const outcomes = new Set<string>();
    for (let attempt = 1; attempt <= 8; attempt++) {
      rmSync(join(cwd, "out"), { recursive: true, force: true });
      cpSync(join(cwd, "old"), join(cwd, "out"), { recursive: true });
      const delay = Math.round((duration * 2 * attempt) / 8); // the last ones usually land after the end
      await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "-q"], {
        cwd,
        onSpawn: (child) => void setTimeout(() => child.kill("SIGKILL"), delay),
      });
      const parked = join(cwd, ".keyway-old-out");
      const state = existsSync(join(cwd, "out")) ? snapshot(join(cwd, "out")) : snapshot(parked);
      const outcome = JSON.stringify(state) === JSON.stringify(before) ? "old" : isWhole(state, after) ? "new" : "broken";
      expect(`${delay}ms: ${outcome}`).toBe(`${delay}ms: ${outcome === "broken" ? "old or new" : outcome}`);
      outcomes.add(outcome);
      rmSync(parked, { recursive: true, force: true });
    }
    // Not vacuous: the early kills landed before the swap. (Whether the late ones land after
    // it depends on the machine's load; the exact points are pinned by the tests above.)
    expect(outcomes.has("old")).toBe(true);
  }, 180_000);
});
