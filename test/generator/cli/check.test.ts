// --check (exit 3 and the list of drifting files) and the input-hash cache.
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CACHED, DUPLICATE_WARNING, PET_YAML, project } from "../../support/project.js";
import { runCli, snapshot } from "../../support/cli.js";

const lines = (text: string): string[] => text.split("\n").filter((line) => line !== "");
const generate = (cwd: string, ...flags: string[]) => runCli(["generate", "client", "-i", "api.yaml", "-o", "out", ...flags], { cwd });

describe("--check", { timeout: 150_000 }, () => {
  it("with no output yet: exit 3, every file listed as added, nothing written", async () => {
    const cwd = project();
    const result = await generate(cwd, "--check");
    expect(result.code).toBe(3);
    const listed = lines(result.stdout);
    expect(listed).toContain("added out/client.ts");
    expect(listed).toContain("added out/runtime/index.ts");
    expect(listed.every((line) => line.startsWith("added out/"))).toBe(true);
    expect(lines(result.stderr)[1]).toMatch(
      new RegExp(`^out: out of date, ${listed.length} files differ \\(${listed.length} added, 0 changed, 0 removed\\) in \\d+\\.\\d\\ds$`),
    );
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });

  it("up to date: exit 0; a hand-edited file: exit 3 `changed`; a new grouping: the files it adds", async () => {
    const cwd = project();
    expect((await generate(cwd, "-q")).code).toBe(0);
    const clean = await generate(cwd, "--check");
    expect([clean.code, clean.stdout]).toEqual([0, ""]);
    expect(lines(clean.stderr)).toEqual([DUPLICATE_WARNING, expect.stringMatching(CACHED)]);

    writeFileSync(join(cwd, "out/client.ts"), "// edited\n");
    const edited = await generate(cwd, "--check");
    expect([edited.code, lines(edited.stdout)]).toEqual([3, ["changed out/client.ts"]]);
    expect(readFileSync(join(cwd, "out/client.ts"), "utf8")).toBe("// edited\n");

    expect((await generate(cwd, "-q")).code).toBe(0);
    const regrouped = await generate(cwd, "--check", "--group-by", "tag", "-q");
    expect(regrouped.code).toBe(3);
    expect(lines(regrouped.stdout)).toEqual(
      expect.arrayContaining(["added out/operations/pets.ts", "added out/operations/stores.ts"]),
    );
  });

  it("a reader that stops early (| head) neither crashes the run nor changes exit 3", async () => {
    const result = await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "--check"], {
      cwd: project(),
      onSpawn: (child) => child.stdout?.destroy(),
    });
    expect(result.code).toBe(3);
    expect(result.stderr).not.toContain("EPIPE");
  });

  it("files of an earlier run that this one would not write are listed as removed", async () => {
    const cwd = project();
    expect((await generate(cwd, "-q", "--group-by", "tag")).code).toBe(0);
    const result = await generate(cwd, "--check", "-q");
    expect(result.code).toBe(3);
    expect(lines(result.stdout)).toEqual(expect.arrayContaining(["removed out/operations/pets.ts", "removed out/operations/stores.ts"]));
  });

  it("--quiet keeps the list (the result) and drops the summary", async () => {
    const result = await generate(project(), "--check", "-q");
    expect(result.code).toBe(3);
    expect(lines(result.stderr)).toEqual([DUPLICATE_WARNING]);
    expect(lines(result.stdout).length).toBeGreaterThan(5);
  });
});

describe("input-hash cache", { timeout: 150_000 }, () => {
  it("an unchanged document with unchanged options is a no-op that leaves files untouched", async () => {
    const cwd = project();
    expect((await generate(cwd, "-q")).code).toBe(0);
    const before = snapshot(join(cwd, "out"));
    const mtime = statSync(join(cwd, "out/client.ts")).mtimeMs;
    const again = await generate(cwd);
    expect(again.code).toBe(0);
    // the warning is replayed from the marker, so CI sees it every run
    expect(lines(again.stderr)).toEqual([DUPLICATE_WARNING, expect.stringMatching(CACHED)]);
    expect(snapshot(join(cwd, "out"))).toEqual(before);
    expect(statSync(join(cwd, "out/client.ts")).mtimeMs).toBe(mtime);
  });

  it("a touched but unchanged $ref'd file still hits the cache; changed bytes miss it", async () => {
    const cwd = project();
    expect((await generate(cwd, "-q")).code).toBe(0);
    utimesSync(join(cwd, "pet.yaml"), new Date(), new Date(Date.now() + 5000));
    expect(lines((await generate(cwd)).stderr)[1]).toMatch(CACHED);
    writeFileSync(join(cwd, "pet.yaml"), PET_YAML.replace("name: {type: string}", "name: {type: string}, age: {type: integer}"));
    const changed = await generate(cwd);
    expect(lines(changed.stderr)[1]).toMatch(/^out: 2 operations, \d+ files written \(1 changed\) in/);
    expect(readFileSync(join(cwd, "out/schema.ts"), "utf8")).toContain("age?: number");
  });

  it("changed options miss the cache", async () => {
    const cwd = project();
    expect((await generate(cwd, "-q")).code).toBe(0);
    const rebased = await generate(cwd, "--base-url", "https://other.example.com");
    expect(lines(rebased.stderr)[1]).toMatch(/^out: 2 operations, \d+ files written \([1-9]\d* changed\) in/);
  });

  it("a deleted generated file misses the cache and is restored", async () => {
    const cwd = project();
    expect((await generate(cwd, "-q")).code).toBe(0);
    const before = snapshot(join(cwd, "out"));
    writeFileSync(join(cwd, "out/index.ts"), "");
    expect((await generate(cwd, "-q")).code).toBe(0);
    expect(snapshot(join(cwd, "out"))).toEqual(before);
  });
});
