// Everything the CLI prints, in one place: error and warning lines, the summary, drift.
import { formatLocation, InvalidDocumentError, KeywayError, UsageError } from "../errors.js";
import type { GenerateResult } from "../index.js";
import type { GenerationWarning } from "../options.js";

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** One line per problem: `error file#pointer (line:col): message`; the stack only with --debug. */
export function errorLines(error: unknown, debug: boolean): string[] {
  const lines: string[] = [];
  if (error instanceof InvalidDocumentError && error.problems.length > 0) {
    for (const problem of error.problems) lines.push(`error ${formatLocation(problem.location)}: ${problem.message}`);
  } else if (error instanceof KeywayError) {
    lines.push(error.location ? `error ${formatLocation(error.location)}: ${error.message}` : `error: ${error.message}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    lines.push(`error: ${message}${debug ? "" : " (run with --debug for the stack)"}`);
  }
  if (debug) lines.push(...stackLines(error));
  return lines;
}

function stackLines(error: unknown): string[] {
  const lines: string[] = [];
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    lines.push(...(current.stack ?? String(current)).split("\n").map((line) => (depth ? `  [cause] ${line}` : line)));
    current = current.cause;
  }
  return lines;
}

/** Usage errors exit 2, drift 3, everything else that failed 1. */
export function exitCodeOf(error: unknown): 1 | 2 {
  return error instanceof UsageError ? 2 : 1;
}

export function warningLine(warning: GenerationWarning): string {
  const { file, pointer, line, column } = warning;
  return `warning ${formatLocation({ file, pointer: pointer || undefined, line, column })}: ${warning.message}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** The one summary line of a run (stderr, silenced by --quiet). */
export function summaryLine(shown: string, result: GenerateResult, check: boolean, seconds: number): string {
  const time = `in ${seconds.toFixed(2)}s`;
  const what = `${count(result.operations, "operation")}, ${count(result.files.length, "file")}`;
  const by = (kind: string) => result.changes.filter((c) => c.change === kind).length;
  if (check && result.changes.length > 0) {
    const detail = `${by("added")} added, ${by("changed")} changed, ${by("removed")} removed`;
    return `${shown}: out of date, ${count(result.changes.length, "file")} differ (${detail}) ${time}`;
  }
  if (check || result.cached) return `${shown}: up to date (${what}${result.cached ? ", cached" : ""}) ${time}`;
  // The same words as --check: a first run adds every file, it changes none.
  const kinds = ["added", "changed", "removed"].filter((kind) => by(kind) > 0).map((kind) => `${by(kind)} ${kind}`);
  return `${shown}: ${what} written (${kinds.join(", ") || "0 changed"}) ${time}`;
}

/** With --check: one line per differing file on stdout, e.g. `changed src/api/client.ts`. */
export function driftLines(shown: string, result: GenerateResult): string[] {
  const prefix = shown.endsWith("/") ? shown : `${shown}/`;
  return result.changes.map((change) => `${change.change} ${prefix}${change.path}`);
}
