// Runs each configured client once (or, with --watch, on every change) and reports it.
import { generateClient, type GenerateResult } from "../index.js";
import type { GenerateOptions } from "../options.js";
import { UsageError } from "../errors.js";
import { localPath } from "../write/cache.js";
import { axiosWarning } from "./axios-check.js";
import { startProgress } from "./progress.js";
import { driftLines, errorLines, exitCodeOf, summaryLine, warningLine, type Output } from "./report.js";
import { watchInputs, type Watcher } from "./watch.js";

export interface ClientRun {
  options: GenerateOptions;
  /** The output folder as the user wrote it. */
  shown: string;
}

interface RunFlags {
  quiet?: boolean;
  debug?: boolean;
  watch?: boolean;
}

interface RunIo {
  stdout: Output;
  stderr: Output;
}

/** Exit code of the worst outcome: usage error 2, failure 1, drift 3, else 0. */
export async function runClients(runs: ClientRun[], flags: RunFlags, io: RunIo): Promise<number> {
  if (flags.watch) {
    for (const run of runs) {
      if (localPath(run.options.input, run.options.cwd ?? process.cwd()) === undefined) {
        throw new UsageError("--watch needs a local --input file (not a URL or stdin)");
      }
    }
  }
  const codes: number[] = [];
  const inputs: string[][] = [];
  for (const run of runs) {
    const outcome = await runOnce(run, flags, io);
    codes.push(outcome.code);
    inputs.push(outcome.inputs);
  }
  if (flags.watch) return watchAll(runs, inputs, flags, io);
  return [2, 1, 3].find((code) => codes.includes(code)) ?? 0;
}

async function runOnce(run: ClientRun, flags: RunFlags, io: RunIo): Promise<{ code: number; inputs: string[] }> {
  const started = performance.now();
  const progress = startProgress(io.stderr, run.options.input, !flags.quiet);
  let result: GenerateResult;
  try {
    result = await generateClient({ ...run.options, onWarning: (w) => io.stderr.write(`${warningLine(w)}\n`) });
  } catch (error) {
    progress.stop();
    for (const line of errorLines(error, flags.debug === true)) io.stderr.write(`${line}\n`);
    return { code: exitCodeOf(error), inputs: [] };
  } finally {
    progress.stop();
  }
  const check = run.options.check === true;
  if (check) for (const line of driftLines(run.shown, result)) io.stdout.write(`${line}\n`);
  if (!flags.quiet) io.stderr.write(`${summaryLine(run.shown, result, check, (performance.now() - started) / 1000)}\n`);
  const noAxios = check ? undefined : axiosWarning(run.options.output, run.options.cwd ?? process.cwd(), run.shown);
  if (noAxios) io.stderr.write(`${noAxios}\n`);
  return { code: check && result.changes.length > 0 ? 3 : 0, inputs: result.inputs };
}

/** Resolves with 0 on Ctrl-C / SIGTERM, after the watchers are closed. */
function watchAll(runs: ClientRun[], inputs: string[][], flags: RunFlags, io: RunIo): Promise<number> {
  const watchers: Watcher[] = runs.map((run, index) => {
    const initial = inputs[index]?.length ? inputs[index] : [localPath(run.options.input, run.options.cwd ?? "") ?? ""];
    return watchInputs(initial, async () => (await runOnce(run, flags, io)).inputs);
  });
  if (!flags.quiet) io.stderr.write(`watching ${runs.map((run) => run.options.input).join(", ")} (Ctrl-C to stop)\n`);
  return new Promise((resolve) => {
    const stop = (): void => {
      for (const watcher of watchers) watcher.close();
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
