// `tsc --strict --noEmit` over each generated client, alternating like the generation runs.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { measure, median } from "./measure.mjs";
import { BENCH_MODULES, ROOT, TMP } from "./paths.mjs";

const TSC = join(BENCH_MODULES, "typescript", "bin", "tsc");

/** One tsconfig per client: strict, no emit, bundler resolution so every tool's import style resolves. */
function tsconfigFor(tool, dir) {
  const file = join(TMP, "tsc", `${tool}.json`);
  mkdirSync(join(TMP, "tsc"), { recursive: true });
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    types: [],
    skipLibCheck: true,
  };
  writeFileSync(file, JSON.stringify({ compilerOptions, include: [`${relative(dirname(file), dir)}/**/*.ts`] }, null, 2));
  return file;
}

export function tscVersion() {
  return spawnSync(process.execPath, [TSC, "--version"], { encoding: "utf8" }).stdout.trim().replace(/^Version/, "tsc");
}

export async function typecheckBatch({ clients, runs, warmup, method, log = () => {} }) {
  const state = clients.map(({ tool, dir }) => ({ tool, config: tsconfigFor(tool, dir), samples: [], errors: null, firstErrors: [], diagnostics: null }));
  for (const entry of state) {
    // One untimed run with --extendedDiagnostics counts the errors and says what tsc did.
    const result = spawnSync(process.execPath, [TSC, "-p", entry.config, "--extendedDiagnostics"], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 2 ** 20 });
    const stat = (name) => Number(result.stdout.match(new RegExp(`^${name}:\\s+([\\d.]+)`, "m"))?.[1] ?? NaN);
    entry.diagnostics = {
      lines: stat("Lines of TypeScript"),
      types: stat("Types"),
      instantiations: stat("Instantiations"),
      // Symbols and tsc's own heap figure move with the emitted shape too (an object literal
      // per operation spec was 40% of keyway's symbols); parse/bind/check split the time.
      symbols: stat("Symbols"),
      memoryUsedKiB: stat("Memory used"),
      parseSeconds: stat("Parse time"),
      bindSeconds: stat("Bind time"),
      checkSeconds: stat("Check time"),
    };
    const lines = result.stdout.split("\n").filter((line) => /error TS\d+/.test(line));
    entry.errors = lines.length;
    entry.firstErrors = lines.slice(0, 3).map((line) => line.replace(/^.*?\.tmp\/gen\//, ""));
  }
  for (let round = 0; round < warmup + runs; round++) {
    for (const entry of round % 2 ? [...state].reverse() : state) {
      const result = await measure({ command: process.execPath, args: [TSC, "-p", entry.config], cwd: ROOT, method });
      // tsc exits 1 or 2 when it reports errors; that is a result, not a failed measurement.
      log(`tsc ${entry.tool} ${round < warmup ? "warm-up" : "run"}: ${(result.wallMs / 1000).toFixed(2)} s, exit ${result.code}`);
      if (round >= warmup) entry.samples.push({ wallMs: result.wallMs, rssMiB: result.rssMiB });
    }
  }
  return state.map(({ tool, samples, errors, firstErrors, diagnostics }) => ({
    tool,
    errors,
    diagnostics,
    firstErrors,
    medianMs: median(samples.map((s) => s.wallMs)),
    medianRssMiB: median(samples.map((s) => s.rssMiB)),
    samples,
  }));
}
