// One `tsc --strict` over many generated clients at once: a tsc per client would spend most
// of its time starting up and re-checking the same runtime. Every client carries the same
// runtime/ (copied verbatim); the first keeps its sources and is checked in full, the others
// get that runtime's declarations, which tsc reads without re-checking (skipLibCheck), so
// each client's own files are checked against exactly the runtime's types.
import { execFile } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

const COMPILER_OPTIONS = {
  strict: true,
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022"],
  types: ["node"],
  skipLibCheck: true,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

async function tsc(repoRoot: string, cwd: string, args: string[]): Promise<string> {
  const bin = join(repoRoot, "node_modules/typescript/bin/tsc");
  try {
    await run(process.execPath, ["--max-old-space-size=6144", bin, ...args, "--pretty", "false"], { cwd, maxBuffer: 256 << 20 });
    return "";
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    if (!stdout) throw new Error(`tsc failed: ${stderr ?? String(error)}`);
    return stdout;
  }
}

/** Asserts every client's runtime/ is byte-identical to the first's; only then may they share declarations. */
function assertSameRuntime(root: string, clients: string[]): void {
  const reference = join(root, clients[0], "runtime");
  const want = filesUnder(reference).map((file) => [file, readFileSync(join(reference, file), "utf8")] as const);
  for (const client of clients.slice(1)) {
    const dir = join(root, client, "runtime");
    const files = filesUnder(dir);
    const same = files.length === want.length && want.every(([file, text], i) => files[i] === file && readFileSync(join(dir, file), "utf8") === text);
    if (!same) throw new Error(`${client}/runtime differs from ${clients[0]}/runtime`);
  }
}

async function emitRuntimeDeclarations(repoRoot: string, root: string, runtime: string): Promise<string> {
  const out = join(root, ".runtime-declarations");
  rmSync(out, { recursive: true, force: true });
  const config = join(root, "tsconfig.runtime.json");
  const compilerOptions = { ...COMPILER_OPTIONS, declaration: true, emitDeclarationOnly: true, rootDir: runtime, outDir: out };
  writeFileSync(config, JSON.stringify({ compilerOptions, include: [`${runtime}/**/*.ts`] }));
  const output = await tsc(repoRoot, root, ["-p", config]);
  if (output) throw new Error(`the runtime does not compile:\n${output}`);
  return out;
}

/**
 * Type-checks the clients (folders directly under `root`, named in `clients`) and returns
 * each one's diagnostics, `{}` when there are none. Replaces all but the first's runtime/.
 */
export async function typecheckClients(repoRoot: string, root: string, clients: string[]): Promise<Record<string, string[]>> {
  if (clients.length === 0) return {};
  assertSameRuntime(root, clients);
  const declarations = await emitRuntimeDeclarations(repoRoot, root, join(root, clients[0], "runtime"));
  for (const client of clients.slice(1)) {
    rmSync(join(root, client, "runtime"), { recursive: true });
    cpSync(declarations, join(root, client, "runtime"), { recursive: true });
  }
  const config = join(root, "tsconfig.clients.json");
  const include = [...clients.map((client) => `${client}/*.ts`), `${clients[0]}/runtime/**/*.ts`];
  writeFileSync(config, JSON.stringify({ compilerOptions: { ...COMPILER_OPTIONS, noEmit: true }, include }));
  const output = await tsc(repoRoot, root, ["-p", config]);
  const errors: Record<string, string[]> = {};
  for (const line of output.split("\n")) {
    if (!line.includes("error TS")) continue;
    const client = line.split("/")[0];
    (errors[client] ??= []).push(line);
  }
  return errors;
}
