// `npm run bench`: keyway against its peers. Writes bench/results/latest.json, the scaling
// chart and BENCHMARKS.md. Knobs (environment):
//   BENCH_RUNS=5            counted runs per tool and document (after BENCH_WARMUP=1 warm-up)
//   BENCH_ONLY=a,b          sections: generation,tsc,unchanged,scaling,runtime,size,profile,watch,webbundle,graph
//                           (results of sections not run are kept from the previous latest.json)
//   BENCH_DOCS=synthetic-20,github.json  the tests' real documents (petstore.yaml, spotify.json,
//                           stripe.json, github.json: repository and pinned npm packages), others
//                           from ../shared/specs/ (or BENCH_SPECS), or synthetic-N: the scaling
//                           series' generator at N operations
//   BENCH_WATCH=100:10      --watch latency: operations of the synthetic document, saved edits
//   BENCH_SCALING=100:5,1000:5,10000:2,50000:1   synthetic sizes and counted runs per size
//   BENCH_SCALING_BUDGET_S=600   skip a size whose runs would, extrapolated, take longer
//   BENCH_SKIP_BUILD=1      use keyway's dist/ as it is instead of `npm run build`
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { buildKeyway, ensureInstalled, machine } from "./lib/setup.mjs";
import { BENCH, REAL_DOCUMENTS, RESULTS, ROOT, SPECS, TMP, rel } from "./lib/paths.mjs";

ensureInstalled();
const { rssMethod } = await import("./lib/measure.mjs");
const { allTools, keyway, peers } = await import("./lib/tools.mjs");
const { runBatch, runOnce, describe } = await import("./lib/generation.mjs");
const { typecheckBatch, tscVersion } = await import("./lib/typecheck.mjs");
const { writeSyntheticDocument } = await import("./lib/synthetic.mjs");
const { summariseProfile } = await import("./lib/profile.mjs");
const { runtimeSize } = await import("./lib/runtime-bundle.mjs");
const { median } = await import("./lib/measure.mjs");
const { writeReport } = await import("./lib/report.mjs");
const { scalingChart } = await import("./lib/svg.mjs");

const env = process.env;
const RUNS = Number(env.BENCH_RUNS ?? 5);
const WARMUP = Number(env.BENCH_WARMUP ?? 1);
const SECTIONS = ["generation", "tsc", "unchanged", "scaling", "runtime", "size", "profile", "watch", "webbundle", "graph"];
const only = env.BENCH_ONLY ? env.BENCH_ONLY.split(",") : SECTIONS;
// Small first: most users' documents have 10–100 operations (issue 14).
const DOCS = (env.BENCH_DOCS ?? "synthetic-1,synthetic-20,synthetic-100,petstore.yaml,spotify.json,stripe.json,github.json").split(",");
const SCALING = (env.BENCH_SCALING ?? "100:5,1000:5,10000:2,50000:1").split(",").map((entry) => {
  const [n, runs] = entry.split(":").map(Number);
  return { n, runs: Math.min(runs ?? RUNS, RUNS), warmup: n <= 1000 ? WARMUP : 0 };
});
const SCALING_BUDGET_S = Number(env.BENCH_SCALING_BUDGET_S ?? 600);
const GEN = join(TMP, "gen");
const log = (line) => console.error(`  ${line}`);
/** A real document (the tests' pinned ones, else ../shared/specs), or `synthetic-N`, written under bench/.tmp. */
const doc = (name) => {
  const synthetic = /^synthetic-(\d+)$/.exec(name);
  const real = REAL_DOCUMENTS[name];
  if (real) return typeof real === "function" ? real() : real;
  if (!synthetic) return join(SPECS, name);
  const file = join(TMP, "synthetic", `ops-${synthetic[1]}.json`);
  mkdirSync(join(TMP, "synthetic"), { recursive: true });
  writeSyntheticDocument(Number(synthetic[1]), file);
  return file;
};

const latestFile = join(RESULTS, "latest.json");
const results = existsSync(latestFile) ? JSON.parse(readFileSync(latestFile, "utf8")) : { sections: {} };
const method = rssMethod();
const build = env.BENCH_SKIP_BUILD === "1" ? { ok: keyway.available(), tail: "build skipped" } : buildKeyway();
console.error(`bench: keyway build ${build.ok ? "ok" : `FAILED: ${build.tail}`}; peak RSS via ${method}`);
const meta = {
  date: new Date().toISOString(),
  machine: machine(),
  rssMethod: method,
  keywayBuild: build,
  versions: Object.fromEntries(allTools.map((tool) => [tool.id, tool.available() || tool.pkg ? tool.version() : null])),
  typescript: tscVersion(),
};
// A partial run (BENCH_ONLY) keeps the full run's description and is listed beside it.
const full = only.length === SECTIONS.length || !results.meta;
if (full) results.meta = meta;
else {
  const entry = { date: meta.date, sections: only, keywayCommit: meta.machine.keywayCommit, load: meta.machine.loadAtStart };
  results.meta.partialRuns = [...(results.meta.partialRuns ?? []).slice(-4), entry];
}
const stamp = () => new Date().toISOString();

if (only.includes("generation")) {
  const docs = {};
  const loadAtStart = loadavg().map((v) => Math.round(v * 10) / 10);
  for (const name of DOCS) {
    console.error(`bench: generating from ${name} (${WARMUP} warm-up + ${RUNS} runs, tools alternating)`);
    docs[name] = await runBatch({ doc: doc(name), tools: allTools, outRoot: join(GEN, name.replace(/\.\w+$/, "")), runs: RUNS, warmup: WARMUP, method, log });
    printBatch(name, docs[name]);
  }
  const load = { start: loadAtStart, end: loadavg().map((v) => Math.round(v * 10) / 10) };
  results.sections.generation = { measuredAt: stamp(), runs: RUNS, warmup: WARMUP, load, docs };
}

if (only.includes("tsc")) {
  const clients = allTools
    .map((tool) => ({ tool: tool.id, dir: join(GEN, "github", tool.id) }))
    .filter(({ tool, dir }) => existsSync(dir) && (results.sections.generation?.docs?.["github.json"]?.find((r) => r.tool === tool)?.ok ?? true));
  console.error(`bench: tsc --strict --noEmit over the generated GitHub clients (${clients.map((c) => c.tool).join(", ")})`);
  const rows = await typecheckBatch({ clients, runs: RUNS, warmup: WARMUP, method, log });
  for (const tool of allTools) if (!rows.some((r) => r.tool === tool.id)) rows.push({ tool: tool.id, errors: null, medianMs: null, missing: true });
  results.sections.tsc = { measuredAt: stamp(), runs: RUNS, warmup: WARMUP, rows };
}

if (only.includes("unchanged")) {
  console.error("bench: keyway re-run on an unchanged GitHub document into the same output");
  results.sections.unchanged = { measuredAt: stamp(), runs: RUNS, ...(await unchangedRun()) };
}

if (only.includes("scaling")) {
  const tools = [keyway, peers.find((p) => p.id === "openapi-typescript")];
  const sizes = [];
  mkdirSync(join(TMP, "synthetic"), { recursive: true });
  for (const { n, runs, warmup } of SCALING) {
    const file = join(TMP, "synthetic", `ops-${n}.json`);
    writeSyntheticDocument(n, file);
    console.error(`bench: synthetic document, ${n} operations (${(statSync(file).size / 2 ** 20).toFixed(1)} MB; ${warmup} warm-up + ${runs} runs)`);
    // Keep the whole bench bounded: a tool whose previous size, scaled linearly, would need
    // more than the budget per run is skipped at this size and reported as such.
    const previous = sizes.at(-1);
    const skipped = [];
    const runnable = tools.filter((tool) => {
      const row = previous?.rows.find((r) => r.tool === tool.id);
      if (!previous || (row?.ok && (row.medianMs * n) / previous.n / 1000 <= SCALING_BUDGET_S)) return true;
      const reason = row?.ok
        ? `skipped: ${((row.medianMs * n) / previous.n / 1000).toFixed(0)} s per run extrapolated from ${previous.n} operations exceeds the ${SCALING_BUDGET_S} s budget (BENCH_SCALING_BUDGET_S)`
        : `skipped: failed or skipped at ${previous.n} operations`;
      skipped.push({ tool: tool.id, ok: false, skipped: true, error: reason, runs: 0, medianMs: null, medianRssMiB: null, samples: [] });
      log(`${tool.id} ${reason}`);
      return false;
    });
    const rows = await runBatch({ doc: file, tools: runnable, outRoot: join(GEN, `synthetic-${n}`), runs, warmup, method, timeoutMs: 2 * SCALING_BUDGET_S * 1000, log });
    sizes.push({ n, bytes: statSync(file).size, runs, warmup, rows: [...rows, ...skipped] });
  }
  results.sections.scaling = { measuredAt: stamp(), sizes };
}

if (only.includes("runtime")) {
  console.error("bench: runtime per-call overhead against bare axios on 127.0.0.1");
  const child = spawnSync(process.execPath, [join(BENCH, "lib", "runtime-overhead.mjs")], { cwd: BENCH, encoding: "utf8", timeout: 600_000 });
  let overhead;
  try {
    overhead = JSON.parse(child.stdout.trim().split("\n").pop());
  } catch {
    overhead = { ok: false, error: (child.stderr || "no output").trim().split("\n").slice(-3).join(" | ") };
  }
  for (const v of overhead.variants ?? []) log(`${v.id}: ${v.ok ? `${v.keywayUs.toFixed(1)} µs vs ${v.bareUs.toFixed(1)} µs bare = ${v.ratio.toFixed(3)}×` : `FAILED (${v.error})`}`);
  results.sections.runtime = { measuredAt: stamp(), ...overhead };
}

if (only.includes("size")) {
  try {
    results.sections.size = { measuredAt: stamp(), ok: true, ...(await runtimeSize()) };
  } catch (error) {
    results.sections.size = { measuredAt: stamp(), ok: false, error: String(error.message).split("\n")[0] };
  }
  log(`runtime min+gzip: ${JSON.stringify(results.sections.size)}`);
}

if (only.includes("watch")) {
  const [operations, edits] = (env.BENCH_WATCH ?? "100:10").split(":").map(Number);
  console.error(`bench: keyway --watch on a ${operations}-operation document, ${edits} saved edits`);
  const { watchLatency } = await import("./lib/watch-latency.mjs");
  results.sections.watch = { measuredAt: stamp(), load: loadavg().map((v) => Math.round(v * 10) / 10), ...(await watchLatency({ operations, edits, log })) };
}

if (only.includes("webbundle")) {
  console.error("bench: a 3-operation web app per scheme type, bundled with esbuild (minified, gzip, axios external)");
  const { webBundles } = await import("./lib/web-bundle-schemes.mjs");
  try {
    results.sections.webBundle = { measuredAt: stamp(), ...(await webBundles()) };
    for (const row of results.sections.webBundle.rows) log(`${row.id}: ${row.gzipBytes} B gzip, ${row.minBytes} B minified`);
  } catch (error) {
    results.sections.webBundle = { measuredAt: stamp(), ok: false, error: String(error.message).split("\n")[0] };
  }
}

if (only.includes("graph")) {
  console.error(`bench: Microsoft Graph, keyway and openapi-typescript (${Math.min(RUNS, 3)} runs each), then tsc over each output once`);
  const { graphSection } = await import("./lib/graph.mjs");
  results.sections.graph = { measuredAt: stamp(), ...(await graphSection({ runs: Math.min(RUNS, 3), method, log })) };
}

if (only.includes("profile")) {
  console.error("bench: keyway --cpu-prof on the GitHub document");
  results.sections.profile = { measuredAt: stamp(), ...profileKeyway() };
}

if (full) results.meta.machine.loadAtEnd = loadavg().map((v) => Math.round(v * 10) / 10);
mkdirSync(RESULTS, { recursive: true });
writeFileSync(latestFile, `${JSON.stringify(results, null, 2)}\n`);
if (results.sections.scaling) writeFileSync(join(RESULTS, "scaling.svg"), chartOf(results.sections.scaling));
writeReport(results, join(ROOT, "BENCHMARKS.md"));
console.error(`bench: wrote ${rel(latestFile)}, ${rel(join(RESULTS, "scaling.svg"))} and BENCHMARKS.md`);

async function unchangedRun() {
  const out = join(TMP, "unchanged", "github");
  const first = await runOnce({ tool: keyway, doc: doc("github.json"), out, method });
  log(`first run into an empty folder: ${describe(first)}`);
  if (!first.ok) return { ok: false, error: first.stderrTail || `exit ${first.code}` };
  const before = snapshot(out);
  const samples = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const result = await runOnce({ tool: keyway, doc: doc("github.json"), out, method, fresh: false });
    log(`unchanged ${i < WARMUP ? "warm-up" : "run"}: ${describe(result)}`);
    if (!result.ok) return { ok: false, error: result.stderrTail };
    if (i >= WARMUP) samples.push(result);
  }
  const after = snapshot(out);
  const rewritten = [...after].filter(([file, mtime]) => before.get(file) !== mtime).length;
  return {
    ok: true,
    medianMs: median(samples.map((s) => s.wallMs)),
    medianRssMiB: median(samples.map((s) => s.rssMiB)),
    files: after.size,
    rewritten,
    samples: samples.map(({ wallMs, rssMiB }) => ({ wallMs, rssMiB })),
  };
}

function snapshot(dir) {
  const files = new Map();
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(rel(path), statSync(path).mtimeMs);
    }
  };
  walk(dir);
  return files;
}

function profileKeyway() {
  if (!keyway.available()) return { ok: false, error: "keyway is not built" };
  const dir = join(TMP, "profile");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const out = join(dir, "out");
  const threads = [];
  // The largest synthetic size too: where the per-operation cost grows, this says which code.
  const largest = SCALING.at(-1).n;
  const synthetic = join(TMP, "synthetic", `ops-${largest}.json`);
  if (!existsSync(synthetic)) writeSyntheticDocument(largest, synthetic);
  const profiled = [
    ["github.json, fresh output", doc("github.json"), out],
    ["github.json, unchanged re-run", doc("github.json"), out],
    [`synthetic ${largest.toLocaleString("en-US")} operations, fresh output`, synthetic, join(dir, "out-synthetic")],
  ];
  for (const [run, input, output] of profiled) {
    const cpu = join(dir, `cpu-${threads.length}`);
    const args = ["--cpu-prof", "--cpu-prof-dir", cpu, ...keyway.argv(input, output)];
    const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
    if (child.status !== 0) return { ok: false, error: child.stderr.trim().split("\n").slice(-2).join(" | ") };
    for (const file of readdirSync(cpu).filter((f) => f.endsWith(".cpuprofile")).sort()) {
      const tid = Number(file.split(".")[4]);
      threads.push({ run, thread: tid === 0 ? "main" : `worker ${tid}`, ...summariseProfile(join(cpu, file)) });
    }
  }
  for (const t of threads) {
    log(`${t.run}, ${t.thread}: ${t.totalMs.toFixed(0)} ms sampled`);
    for (const f of t.functions.slice(0, 8)) log(`  ${f.ms.toFixed(0).padStart(6)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
  }
  return { ok: true, command: `node --cpu-prof ${keyway.argv("<document>", "<out>").join(" ")}`, threads };
}

function printBatch(name, rows) {
  const kw = rows.find((r) => r.tool === "keyway");
  console.error(`\n${name}`);
  for (const row of rows) {
    const cells = row.ok ? `${(row.medianMs / 1000).toFixed(2).padStart(7)} s ${row.medianRssMiB?.toFixed(0).padStart(6)} MiB` : `   failed: ${row.error?.slice(0, 100)}`;
    const ratio = row.ok && kw?.ok && row.tool !== "keyway" ? `  keyway ${(kw.medianMs / row.medianMs).toFixed(2)}× time, ${(kw.medianRssMiB / row.medianRssMiB).toFixed(2)}× memory` : "";
    console.error(`  ${row.tool.padEnd(28)}${cells}${ratio}`);
  }
  console.error("");
}

function chartOf(scaling) {
  const series = ["keyway", "openapi-typescript"].map((tool) => ({
    name: tool === "keyway" ? "keyway (full client)" : "openapi-typescript (types only, reference)",
    points: scaling.sizes.map(({ n, rows }) => {
      const row = rows.find((r) => r.tool === tool);
      return { n, seconds: row?.ok ? row.medianMs / 1000 : null, rssMiB: row?.ok ? row.medianRssMiB : null };
    }),
  }));
  return scalingChart({ title: "Generation time and peak memory vs. document size (synthetic documents, medians)", series });
}
