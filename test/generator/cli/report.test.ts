// What the CLI prints, as units: error and warning lines, the summary, the progress spinner.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startProgress } from "../../../generator/cli/progress.js";
import { driftLines, errorLines, exitCodeOf, summaryLine, warningLine } from "../../../generator/cli/report.js";
import { ConfigError } from "../../../generator/config/errors.js";
import { InputError, InvalidDocumentError, OutputError, UsageError } from "../../../generator/errors.js";
import type { GenerateResult } from "../../../generator/index.js";

const result = (over: Partial<GenerateResult>): GenerateResult => ({
  output: "/abs/out",
  operations: 1,
  files: ["a.ts", "b.ts"],
  changes: [],
  cached: false,
  inputs: [],
  ...over,
});

describe("errorLines", () => {
  it("one line per problem of an invalid document", () => {
    const error = new InvalidDocumentError([
      { message: "$ref '#/components/schemas/Pett' not found", location: { file: "api.yaml", pointer: "#/paths/~1pets/get/responses/200", line: 41, column: 9 } },
      { message: "missing info", location: { file: "api.yaml", pointer: "#/info", line: 1 } },
    ]);
    expect(errorLines(error, false)).toEqual([
      "error api.yaml#/paths/~1pets/get/responses/200 (41:9): $ref '#/components/schemas/Pett' not found",
      "error api.yaml#/info (line 1): missing info",
    ]);
  });

  it("located and unlocated keyway errors; foreign errors hint at --debug", () => {
    expect(errorLines(new InputError("cannot read 'x.yaml': file not found", { file: "x.yaml" }), false)).toEqual([
      "error x.yaml: cannot read 'x.yaml': file not found",
    ]);
    expect(errorLines(new ConfigError("must be true or false", { file: "k.json", pointer: "#/format" }), false)).toEqual([
      "error k.json#/format: must be true or false",
    ]);
    expect(errorLines(new OutputError("out is not empty"), false)).toEqual(["error: out is not empty"]);
    expect(errorLines(new TypeError("x is undefined"), false)).toEqual(["error: x is undefined (run with --debug for the stack)"]);
  });

  it("--debug adds the stack and the cause chain", () => {
    const error = new UsageError("bad", { cause: new Error("root cause") });
    const out = errorLines(error, true);
    expect(out[0]).toBe("error: bad");
    expect(out.some((line) => line.startsWith("  [cause] Error: root cause"))).toBe(true);
    expect(out.some((line) => /^\s+at /.test(line))).toBe(true);
  });

  it("exit codes: usage 2, everything else 1", () => {
    expect([new UsageError("u"), new ConfigError("c", { file: "k" }), new InputError("i"), new Error("e")].map(exitCodeOf)).toEqual([2, 2, 1, 1]);
  });
});

describe("summary, drift and warning lines", () => {
  it("written, cached, checked, drifted", () => {
    expect(summaryLine("out", result({ changes: [{ path: "a.ts", change: "added" }] }), false, 1.234)).toBe("out: 1 operation, 2 files written (1 added) in 1.23s");
    const mixed = result({ changes: [{ path: "a.ts", change: "changed" }, { path: "b.ts", change: "added" }, { path: "c.ts", change: "removed" }, { path: "d.ts", change: "changed" }] });
    expect(summaryLine("out", mixed, false, 1)).toBe("out: 1 operation, 2 files written (1 added, 2 changed, 1 removed) in 1.00s");
    expect(summaryLine("out", result({ changes: [] }), false, 1)).toBe("out: 1 operation, 2 files written (0 changed) in 1.00s");
    expect(summaryLine("out", result({ cached: true, operations: 3 }), false, 0.01)).toBe("out: up to date (3 operations, 2 files, cached) in 0.01s");
    expect(summaryLine("out", result({}), true, 2)).toBe("out: up to date (1 operation, 2 files) in 2.00s");
    const drift = result({ changes: [{ path: "a.ts", change: "changed" }, { path: "c.ts", change: "removed" }] });
    expect(summaryLine("out", drift, true, 0.5)).toBe("out: out of date, 2 files differ (0 added, 1 changed, 1 removed) in 0.50s");
    expect(driftLines("out/", drift)).toEqual(["changed out/a.ts", "removed out/c.ts"]);
  });

  it("warnings", () => {
    expect(warningLine({ file: "api.yaml", pointer: "#/paths/~1a/get", message: "renamed" })).toBe("warning api.yaml#/paths/~1a/get: renamed");
    expect(warningLine({ file: "api.yaml", pointer: "", message: "no servers" })).toBe("warning api.yaml: no servers");
    const located = { file: "common.yaml", pointer: "#/Pet", line: 3, column: 5, message: "x" };
    expect(warningLine(located)).toBe("warning common.yaml#/Pet (3:5): x");
  });
});

describe("progress", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const stream = (isTTY: boolean) => {
    const writes: string[] = [];
    return { writes, isTTY, write: (text: string) => writes.push(text) };
  };

  it("on a terminal: silent for the first second, then a spinner, cleared at the end", () => {
    const tty = stream(true);
    const progress = startProgress(tty, "api.yaml", true);
    vi.advanceTimersByTime(900);
    expect(tty.writes).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(tty.writes.at(-1)).toMatch(/^\r\x1b\[2K. generating api\.yaml 1\.\ds$/);
    progress.stop();
    expect(tty.writes.at(-1)).toBe("\r\x1b[2K");
  });

  it("never on a pipe, never with --quiet, and nothing to clear after a short run", () => {
    for (const [isTTY, enabled] of [[false, true], [true, false]] as const) {
      const out = stream(isTTY);
      const progress = startProgress(out, "api.yaml", enabled);
      vi.advanceTimersByTime(5000);
      progress.stop();
      expect(out.writes).toEqual([]);
    }
    const quick = stream(true);
    startProgress(quick, "api.yaml", true).stop();
    vi.advanceTimersByTime(5000);
    expect(quick.writes).toEqual([]);
  });
});
