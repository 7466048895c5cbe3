// The README opens with exactly the two commands a fresh clone needs, and the first works.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../support/cli.js";

const exec = promisify(execFile);

describe("README.md", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");

  it("starts with exactly the two fresh-clone commands", () => {
    expect(readme.split("\n").slice(0, 4)).toEqual([
      "```sh",
      "npm install && npx keyway generate client -i fixtures/petstore/petstore.yaml -o generated/petstore",
      "npm install && npm test",
      "```",
    ]);
    expect(readFileSync(join(ROOT, ".gitignore"), "utf8").split("\n")).toContain("/generated/");
  });

  it("`npx keyway generate client -i fixtures/petstore/petstore.yaml` works from the repository root", async () => {
    const output = join(tempDir(), "generated/petstore");
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    const { stderr } = await exec(npx, ["keyway", "generate", "client", "-i", "fixtures/petstore/petstore.yaml", "-o", output], { cwd: ROOT });
    expect(stderr).toMatch(/petstore: \d+ operations, \d+ files written/);
    expect(existsSync(join(output, "index.ts"))).toBe(true);
  }, 120_000);

  it("documents every exit code and flag of the CLI", () => {
    for (const text of ["**0** ok", "**1** the document is invalid", "**2** usage", "**3** `--check` found drift"]) expect(readme).toContain(text);
    for (const flag of ["--input", "--output", "--config", "--check", "--watch", "--group-by", "--base-url", "--no-format", "--quiet", "--force", "--debug"]) {
      expect(readme).toContain(flag);
    }
  });
});
