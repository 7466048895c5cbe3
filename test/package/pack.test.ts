// The packed tarball, installed into a fresh project as a user would: both bins through
// npx, the output type-checked there in every project shape (ts-matrix.ts) and imported from
// an ESM and a CommonJS consumer. Packed once, installed once: `npm pack` rewrites the
// repository's package.json for a moment (scripts/pack-manifest.mjs), so no other test packs.
// Only the npm registry is reached, through the shared npm cache (--prefer-offline).
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { isolatedDir, PETSTORE, ROOT } from "../support/cli.js";
import { SHAPES, TYPESCRIPTS, tscOf, writeShapes, type TypeScriptAlias } from "./ts-matrix.js";

const exec = promisify(execFile);
// Three typescripts are installed there (ts-matrix.ts), so `npx tsc` would be any of them.
const TSC = "node_modules/typescript/bin/tsc";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const ALLOWED = /^(package\.json|README\.md|LICENSE|dist\/generator\/.+\.(js|d\.ts)|dist\/generator\/render\/precompiled\.cjs|dist\/runtime\/(descriptors|auth\/schemes\/handler-key)\.(js|d\.ts)|templates\/.+\.hbs|runtime\/.+\.ts|schema\/.+\.json)$/;

const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

let project: string;
let packed: string[];
let manifest: { scripts?: Record<string, string> };
let installLog: string;

beforeAll(async () => {
  const out = isolatedDir("keyway-pack-");
  // With its lifecycle scripts, as `npm publish` packs: prepack builds and strips `prepare`.
  const { stdout } = await exec(npm, ["pack", "--json", "--pack-destination", out], { cwd: ROOT });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  if (!info) throw new Error("npm pack printed no result");
  packed = info.files.map((file) => file.path);
  manifest = JSON.parse((await exec("tar", ["-xOzf", join(out, info.filename), "package/package.json"])).stdout) as typeof manifest;
  project = isolatedDir("keyway-consumer-");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  copyFileSync(PETSTORE, join(project, "petstore.yaml"));
  const typescripts = Object.entries(TYPESCRIPTS).map(([alias, version]) => `${alias}@npm:typescript@${version}`);
  const deps = [join(out, info.filename), `typescript@${versionOf("typescript")}`, ...typescripts, `axios@${versionOf("axios")}`, `@types/node@${versionOf("@types/node")}`];
  const installed = await exec(npm, ["install", ...deps, "--prefer-offline", "--no-audit", "--no-fund"], { cwd: project });
  installLog = installed.stdout + installed.stderr;
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

/** The README's usage example, verbatim: the code a new user copies first. */
function readmeUsage(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = /<!-- type-checked by test\/cli\/pack\.test\.ts[^>]*-->\n```ts\n([\s\S]*?)```/.exec(readme);
  if (!block?.[1]) throw new Error("README.md has no type-checked usage block");
  return block[1];
}

/** tsc over one shape; its diagnostics, one per line (none when it passes). */
async function check(alias: TypeScriptAlias, config: string): Promise<string[]> {
  try {
    await exec(process.execPath, [tscOf(project, alias), "-p", config, "--pretty", "false"], { cwd: project, maxBuffer: 16 * 1024 * 1024 });
    return [];
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`.split("\n").filter((line) => line.trim() !== "");
  }
}

describe("npm pack", () => {
  it("needs no install script: the tarball's manifest has none, and npm 11 warns of none", () => {
    expect(Object.keys(manifest.scripts ?? {}).filter((name) => /^(pre|post)?install$|^prepare$/.test(name))).toEqual([]);
    expect(installLog).not.toMatch(/install-scripts|allowScripts/);
    expect(existsSync(join(ROOT, ".package.json.prepack"))).toBe(false);
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.prepare).toBe("npm run build");
  });

  it("ships only dist, templates, runtime, schema and the manifest", () => {
    expect(packed.filter((path) => !ALLOWED.test(path))).toEqual([]);
    for (const needed of ["dist/generator/bin.js", "dist/generator/index.js", "dist/generator/render/precompiled.cjs", "dist/generator/index.d.ts", "schema/keyway.config.schema.json", "runtime/index.ts"]) {
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
    await run(process.execPath, [TSC, "-p", "tsconfig.esm.json"]);
    await run(process.execPath, [TSC, "-p", "tsconfig.cjs.json"]);
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
      `import { generateClient, InvalidDocumentError, type GenerateResult } from "keyway-openapi";
       const result: GenerateResult = await generateClient({ input: "petstore.yaml", output: "src/api3" });
       const again = await generateClient({ input: "petstore.yaml", output: "src/api3", check: true });
       console.log(JSON.stringify([result.operations, result.files.includes("client.ts"), again.cached, again.changes.length, InvalidDocumentError.name]));\n`,
    );
    await run(process.execPath, [TSC, "--strict", "--module", "nodenext", "--target", "es2022", "--skipLibCheck", "api.ts"]);
    const { stdout } = await run(process.execPath, ["api.js"]);
    expect(JSON.parse(stdout)).toEqual([8, true, true, 0, "InvalidDocumentError"]);
  }, 120_000);

  it("a keyway.config.ts importing defineConfig from \"keyway\" is read with the project's typescript", async () => {
    writeFileSync(
      join(project, "keyway.config.ts"),
      `import { defineConfig, type ClientConfig } from "keyway-openapi";
       const petstore: ClientConfig = { input: "petstore.yaml", output: "src/api4", groupBy: "tag" };
       export default defineConfig({ clients: [petstore] });\n`,
    );
    const { stderr } = await run(npx, ["keyway", "generate", "client"]);
    expect(stderr).toMatch(/src\/api4: 8 operations, \d+ files written/);
    expect(readFileSync(join(project, "src/api4/client.ts"), "utf8")).toContain("createClient");
  }, 120_000);

  it("the client and the README's usage type-check in every project shape, oldest and latest TypeScript", async () => {
    await run(npx, ["keyway", "generate", "client", "-i", "petstore.yaml", "-o", "matrix-api", "--group-by", "none", "--quiet"]);
    writeShapes(project, join(project, "matrix-api"), readmeUsage());
    const jobs = (Object.keys(TYPESCRIPTS) as TypeScriptAlias[]).flatMap((alias) => SHAPES.map((shape) => ({ alias, shape })));
    const results: { cell: string; errors: string[] }[] = [];
    // Two at a time: a 2-core machine.
    for (let i = 0; i < jobs.length; i += 2) {
      const batch = jobs.slice(i, i + 2);
      const done = await Promise.all(batch.map(async ({ alias, shape }) => ({ cell: `typescript ${TYPESCRIPTS[alias]} ${shape.config}`, errors: await check(alias, shape.config) })));
      results.push(...done);
    }
    console.log(results.map((r) => `${r.errors.length === 0 ? "ok  " : "FAIL"} ${r.cell}`).join("\n"));
    expect(results).toHaveLength(2 * 12);
    expect(results.filter((r) => r.errors.length > 0)).toEqual([]);

    // The same runs do fail on a type error: the checks above looked at the files.
    writeFileSync(join(project, "esm/src/wrong.ts"), `export const wrong: number = "text";\n`);
    for (const alias of Object.keys(TYPESCRIPTS) as TypeScriptAlias[]) {
      expect((await check(alias, "esm/tsconfig.nodenext.node.json")).join("\n")).toMatch(/wrong\.ts.*TS2322/);
    }
    rmSync(join(project, "esm/src/wrong.ts"));
  }, 600_000);
});
