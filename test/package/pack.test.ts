// The packed tarball, installed into a fresh project as a user would: both bins through
// npx, the output type-checked there, and imported from an ESM and a CommonJS consumer.
// Only the npm registry is reached, through the shared npm cache (--prefer-offline).
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { PETSTORE, ROOT, tempDir } from "../support/cli.js";

const exec = promisify(execFile);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const ALLOWED = /^(package\.json|README\.md|LICENSE|dist\/generator\/.+\.(js|d\.ts)|dist\/runtime\/(descriptors|auth\/schemes\/handler-key)\.(js|d\.ts)|templates\/.+\.hbs|runtime\/.+\.ts|schema\/.+\.json)$/;

const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

let project: string;
let packed: string[];

beforeAll(async () => {
  const out = tempDir("keyway-pack-");
  const { stdout } = await exec(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", out], { cwd: ROOT });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  if (!info) throw new Error("npm pack printed no result");
  packed = info.files.map((file) => file.path);
  project = tempDir("keyway-consumer-");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  copyFileSync(PETSTORE, join(project, "petstore.yaml"));
  const deps = [join(out, info.filename), `typescript@${versionOf("typescript")}`, `axios@${versionOf("axios")}`];
  await exec(npm, ["install", ...deps, "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: project });
}, 300_000);

/** Like exec, but a failure shows what the command printed (tsc prints its errors to stdout). */
async function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  try {
    return await exec(command, args, { cwd: project });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout}\n${stderr}`);
  }
}

describe("npm pack", () => {
  it("ships only dist, templates, runtime, schema and the manifest", () => {
    expect(packed.filter((path) => !ALLOWED.test(path))).toEqual([]);
    for (const needed of ["dist/generator/bin.js", "dist/generator/index.js", "dist/generator/index.d.ts", "schema/keyway.config.schema.json", "runtime/index.ts"]) {
      expect(packed).toContain(needed);
    }
  });

  it("both `npx keyway generate client` and `npx generate client` generate; the output type-checks and runs as ESM and CommonJS", async () => {
    const keyway = await run(npx, ["keyway", "generate", "client", "-i", "petstore.yaml", "-o", "src/api"]);
    expect(keyway.stderr).toMatch(/src\/api: 8 operations, \d+ files written/);
    const generate = await run(npx, ["generate", "client", "-i", "petstore.yaml", "-o", "src/api2", "--quiet"]);
    expect(generate.stderr.replace(/^npm warn .*\n/gm, "")).toBe("");

    writeFileSync(
      join(project, "src/consumer.ts"),
      `import { createClient } from "./api/index.js";
       import { createClient as again } from "./api2/index.js";
       export const api = createClient({ baseURL: "http://127.0.0.1:1" });
       export const twin = again({ baseURL: "http://127.0.0.1:1" });
       export const fetchPet = () => api.getPetById({ path: { petId: 1 } });
       export const fetchTwin = () => twin.getPetById({ path: { petId: 1 } });\n`,
    );
    const compiler = { strict: true, target: "ES2022", skipLibCheck: false, declaration: false, rootDir: "src" };
    writeFileSync(join(project, "tsconfig.esm.json"), JSON.stringify({ compilerOptions: { ...compiler, module: "nodenext", moduleResolution: "nodenext", outDir: "esm" }, include: ["src"] }));
    writeFileSync(join(project, "tsconfig.cjs.json"), JSON.stringify({ compilerOptions: { ...compiler, module: "commonjs", moduleResolution: "node10", outDir: "cjs" }, include: ["src"] }));
    await run(npx, ["tsc", "-p", "tsconfig.esm.json"]);
    await run(npx, ["tsc", "-p", "tsconfig.cjs.json"]);
    mkdirSync(join(project, "cjs"), { recursive: true });
    writeFileSync(join(project, "cjs/package.json"), JSON.stringify({ type: "commonjs" }));

    writeFileSync(join(project, "esm.mjs"), `import { createClient } from "./esm/api/index.js";\nconst api = createClient();\nconsole.log(typeof api.getPetById);\n`);
    writeFileSync(join(project, "cjs.cjs"), `const { createClient } = require("./cjs/api/index.js");\nconst api = createClient();\nconsole.log(typeof api.getPetById);\n`);
    expect((await run(process.execPath, ["esm.mjs"])).stdout).toBe("function\n");
    expect((await run(process.execPath, ["cjs.cjs"])).stdout).toBe("function\n");
  }, 240_000);

  it("the programmatic API: import { generateClient } from \"keyway\", typed", async () => {
    writeFileSync(
      join(project, "api.ts"),
      `import { generateClient, InvalidDocumentError, type GenerateResult } from "keyway";
       const result: GenerateResult = await generateClient({ input: "petstore.yaml", output: "src/api3" });
       const again = await generateClient({ input: "petstore.yaml", output: "src/api3", check: true });
       console.log(JSON.stringify([result.operations, result.files.includes("client.ts"), again.cached, again.changes.length, InvalidDocumentError.name]));\n`,
    );
    await run(npx, ["tsc", "--strict", "--module", "nodenext", "--target", "es2022", "--skipLibCheck", "api.ts"]);
    const { stdout } = await run(process.execPath, ["api.js"]);
    expect(JSON.parse(stdout)).toEqual([8, true, true, 0, "InvalidDocumentError"]);
  }, 120_000);

  it("a keyway.config.ts importing defineConfig from \"keyway\" is read with the project's typescript", async () => {
    writeFileSync(
      join(project, "keyway.config.ts"),
      `import { defineConfig, type ClientConfig } from "keyway";
       const petstore: ClientConfig = { input: "petstore.yaml", output: "src/api4", groupBy: "tag" };
       export default defineConfig({ clients: [petstore] });\n`,
    );
    const { stderr } = await run(npx, ["keyway", "generate", "client"]);
    expect(stderr).toMatch(/src\/api4: 8 operations, \d+ files written/);
    expect(readFileSync(join(project, "src/api4/client.ts"), "utf8")).toContain("createClient");
  }, 120_000);
});
