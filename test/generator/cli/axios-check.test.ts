// The generated client imports axios at run time: outside a project that can resolve it, the
// CLI says so, once per run however many clients it writes, and still exits 0.
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project } from "../../support/project.js";
import { isolatedDir, runCli } from "../../support/cli.js";

const WARNING = "warning one: the generated client imports axios, which this project can not resolve; add it to your app's dependencies: npm i axios";

describe("axios in the output's project", { timeout: 150_000 }, () => {
  it("a project without axios: one warning for two clients, exit 0", async () => {
    const cwd = isolatedDir("keyway-no-axios-");
    cpSync(project(), cwd, { recursive: true });
    writeFileSync(join(cwd, "keyway.config.json"), JSON.stringify({ clients: [{ input: "api.yaml", output: "one" }, { input: "api.yaml", output: "two" }] }));
    const result = await runCli(["generate", "client", "--quiet"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n").filter((line) => line.includes("axios"))).toEqual([WARNING]);
  });

  it("a project with axios: no warning", async () => {
    const cwd = project();
    const result = await runCli(["generate", "client", "-i", "api.yaml", "-o", "one", "--quiet"], { cwd });
    expect([result.code, result.stderr.includes("axios")]).toEqual([0, false]);
  });
});
