// `--watch` latency (issue 14): a warm `keyway --watch` on a synthetic document; each round
// saves an edit to one operation and times from the save until the regenerated client is on
// disk (the output folder is swapped in whole, so the new text of operations.ts means every
// file is there). CPU per regeneration comes from the process's own counters (/proc), all
// threads, so a loaded machine shows in the wall time far more than in it.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { median } from "./measure.mjs";
import { ROOT, TMP } from "./paths.mjs";
import { syntheticDocument } from "./synthetic.mjs";

const TICKS_PER_S = 100;

/** user + system CPU of a Linux process, all threads, in ms; null elsewhere. */
function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
  } catch {
    return null;
  }
}

export async function watchLatency({ operations = 100, edits = 10, log = () => {} } = {}) {
  const dir = join(TMP, "watch");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const document = syntheticDocument(operations);
  const input = join(dir, "api.json");
  const out = join(dir, "out");
  writeFileSync(input, JSON.stringify(document, null, 2));
  const child = spawn(process.execPath, [join(ROOT, "dist/generator/bin.js"), "generate", "client", "-i", input, "-o", out, "--watch"], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const summaries = () => stderr.split("\n").filter((line) => /files written/.test(line));
  try {
    const started = performance.now();
    await until(() => stderr.includes("(Ctrl-C to stop)") || child.exitCode !== null, 120_000);
    if (child.exitCode !== null) return { ok: false, error: stderr.trim().split("\n").slice(-2).join(" | ") };
    const firstRunMs = performance.now() - started;
    const firstCpuMs = cpuMsOf(child.pid);
    const operation = Object.values(document.paths)[0].get;
    const samples = [];
    for (let i = 0; i < edits; i++) {
      const marker = `Edited ${i + 1} times`;
      operation.summary = marker;
      const before = cpuMsOf(child.pid);
      const runs = summaries().length;
      const saved = performance.now();
      writeFileSync(input, JSON.stringify(document, null, 2));
      await untilWritten(join(out, "operations.ts"), marker, out);
      const latencyMs = performance.now() - saved;
      await until(() => summaries().length > runs, 30_000);
      const after = cpuMsOf(child.pid);
      samples.push({ latencyMs, cpuMs: before == null || after == null ? null : after - before });
      log(`watch edit ${i + 1}: on disk ${latencyMs.toFixed(0)} ms after the save, ${samples.at(-1).cpuMs ?? "?"} ms CPU`);
    }
    return {
      ok: true,
      operations,
      firstRunMs,
      firstCpuMs,
      edits,
      medianLatencyMs: median(samples.map((s) => s.latencyMs)),
      maxLatencyMs: Math.max(...samples.map((s) => s.latencyMs)),
      medianCpuMs: median(samples.map((s) => s.cpuMs)),
      debounceNote: "includes --watch's debounce (generator/cli/watch.ts DEBOUNCE_MS)",
      samples,
    };
  } finally {
    child.kill("SIGINT");
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on("close", resolve)));
  }
}

/** Resolves when `file` holds `text`: woken by the output folder's swap, with a slow poll behind. */
function untilWritten(file, text, out) {
  const holds = () => existsSync(file) && readFileSync(file, "utf8").includes(text);
  return new Promise((resolve, reject) => {
    const watcher = watch(join(out, ".."), () => holds() && finish());
    const poll = setInterval(() => holds() && finish(), 50);
    const timer = setTimeout(() => (finish(), reject(new Error(`no output with '${text}' after 30 s`))), 30_000);
    function finish() {
      watcher.close();
      clearInterval(poll);
      clearTimeout(timer);
      resolve();
    }
  });
}

async function until(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}
