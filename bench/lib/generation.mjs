// Generation runs: every tool on one document, whole process, alternating across tools so
// that load on the machine falls on all of them alike. The first round is a warm-up.
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { measure, median } from "./measure.mjs";
import { ROOT, rel } from "./paths.mjs";

/**
 * @param {{ doc: string, tools: object[], outRoot: string, runs: number, warmup: number, method: string, timeoutMs?: number, log?: (s: string) => void }} batch
 */
export async function runBatch({ doc, tools, outRoot, runs, warmup, method, timeoutMs, log = () => {} }) {
  const state = tools.map((tool) => ({ tool, samples: [], error: tool.available?.() === false ? "not installed or not built" : null }));
  for (let round = 0; round < warmup + runs; round++) {
    const counted = round >= warmup;
    for (const entry of round % 2 ? [...state].reverse() : state) {
      if (entry.error) continue;
      const result = await runOnce({ tool: entry.tool, doc, out: join(outRoot, entry.tool.id), method, timeoutMs });
      log(`${rel(doc)} ${entry.tool.id} ${counted ? `run ${round - warmup + 1}` : "warm-up"}: ${describe(result)}`);
      if (!result.ok) {
        entry.error = result.stderrTail || `exit ${result.code}`;
        continue;
      }
      if (counted) entry.samples.push({ wallMs: result.wallMs, cpuMs: result.cpuMs, rssMiB: result.rssMiB });
    }
  }
  return state.map(({ tool, samples, error }) => ({
    tool: tool.id,
    ok: !error && samples.length > 0,
    error: error ?? (samples.length ? null : "no counted run"),
    runs: samples.length,
    medianMs: median(samples.map((s) => s.wallMs)),
    medianCpuMs: median(samples.map((s) => s.cpuMs)),
    medianRssMiB: median(samples.map((s) => s.rssMiB)),
    samples,
  }));
}

export async function runOnce({ tool, doc, out, method, timeoutMs, fresh = true }) {
  const absDoc = resolve(ROOT, doc);
  const absOut = resolve(ROOT, out);
  if (fresh) rmSync(absOut, { recursive: true, force: true });
  mkdirSync(join(absOut, ".."), { recursive: true });
  tool.prepare?.(absOut);
  return measure({
    command: process.execPath,
    args: tool.argv(absDoc, absOut),
    env: tool.env?.(absDoc, absOut) ?? {},
    cwd: ROOT,
    method,
    timeoutMs,
  });
}

export function describe(result) {
  if (!result.ok) return `FAILED (${result.stderrTail || `exit ${result.code}`})`;
  return `${(result.wallMs / 1000).toFixed(2)} s wall, ${result.cpuMs == null ? "?" : (result.cpuMs / 1000).toFixed(2)} s CPU, ${result.rssMiB?.toFixed(0) ?? "?"} MiB`;
}
