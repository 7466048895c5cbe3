// `generate client` with plain flags skips yargs' command layer (cli/parse.ts). That parse must
// read every such command line exactly as the whole command line's parser does, hand every
// other one to it, and leave the help-layout modules unloaded on a plain run.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCommand, parseWithCommands, type Command } from "../../../generator/cli/parse.js";
import { UsageError } from "../../../generator/errors.js";
import { project } from "../../support/project.js";
import { ROOT, runNode, BIN } from "../../support/cli.js";

const PRELOAD = join(ROOT, "test/support/count-loads.mjs");

/** The flags as a plain object, without yargs' bookkeeping (`_`, `$0`). */
function flagsOf(command: Command | undefined): Record<string, unknown> | undefined {
  if (command === undefined) return undefined;
  const { _: _positional, $0: _script, ...flags } = command.flags as Record<string, unknown>;
  return { name: command.name, ...flags };
}

async function outcome(parse: (args: string[]) => Promise<Command | undefined>, args: string[]): Promise<unknown> {
  try {
    return flagsOf(await parse(args));
  } catch (error) {
    return { error: error instanceof UsageError ? `usage: ${error.message}` : String(error) };
  }
}

const LINES = [
  ["generate", "client", "-i", "api.yaml", "-o", "out"],
  ["generate", "client", "--input", "api.yaml", "--output=out", "--quiet"],
  ["generate", "client", "-i", "a.yaml", "-i", "b.yaml", "-o", "out"],
  ["generate", "client", "-i", "api.yaml", "-o", "out", "--no-format", "--group-by", "tag", "--base-url", "http://127.0.0.1:1"],
  ["generate", "client", "-c", "keyway.config.json", "--check", "--debug", "-q"],
  ["generate", "client", "-i", "api.yaml", "-o", "out", "--watch", "--force", "--query", "tanstack", "--format"],
  ["generate", "client", "-i", "api.yaml", "-o", "out", "--groupBy", "none", "--baseUrl", "/api"],
  ["generate", "client", "-i", "-", "-o", "out", "--format=false"],
  // Refused by both: the whole parser words the error.
  ["generate", "client", "-i", "api.yaml", "--inptu", "x"],
  ["generate", "client", "-i", "api.yaml", "-o", "out", "--check", "--watch"],
  ["generate", "client", "-i", "api.yaml", "extra"],
  ["generate", "client", "-i"],
  // Not the plain shape: straight to the whole parser.
  ["--debug", "generate", "client", "-i", "api.yaml", "-o", "out"],
  ["generate", "client", "-i", "api.yaml", "-o", "out", "--", "-x"],
  ["generate", "clinet", "-i", "api.yaml"],
  ["init", "-i", "api.yaml", "-o", "src/api"],
];

describe("the plain `generate client` parse", () => {
  it.each(LINES.map((line) => [line.join(" "), line]))("reads `%s` as the whole command line's parser does", async (_shown, line) => {
    const whole = await outcome(parseWithCommands, line as string[]);
    expect(await outcome(parseCommand, line as string[])).toEqual(whole);
  });

  it("accepts the plain lines and refuses the others (the table above tests both paths)", async () => {
    expect(flagsOf(await parseCommand(["generate", "client", "-i", "a.yaml", "-i", "b.yaml", "-o", "out", "-q"]))).toMatchObject({
      name: "client",
      input: "b.yaml",
      output: "out",
      quiet: true,
    });
    await expect(parseCommand(["generate", "client", "--check", "--watch"])).rejects.toThrow("--check and --watch can not be used together");
  });
});

describe("modules a run loads", { timeout: 60_000 }, () => {
  async function loads(args: string[]): Promise<string[]> {
    const cwd = project();
    const log = join(cwd, "loads.log");
    writeFileSync(log, "");
    const result = await runNode(["--import", PRELOAD, BIN, ...args], { cwd, env: { KEYWAY_LOAD_LOG: log } });
    expect(result.code, result.stderr).toBe(0);
    return readFileSync(log, "utf8").split("\n").filter(Boolean);
  }
  const helpLayout = (lines: string[]) => lines.filter((line) => /node_modules\/(cliui|string-width|wrap-ansi)\//.test(line));

  it("a plain `generate client` run loads no help-layout module; --help does", async () => {
    const run = await loads(["generate", "client", "-i", "api.yaml", "-o", "out", "-q"]);
    expect(run.some((line) => /node_modules\/yargs-parser\//.test(line))).toBe(true);
    expect(helpLayout(run)).toEqual([]);
    const help = await loads(["generate", "client", "--help"]);
    expect(helpLayout(help).length).toBeGreaterThan(0);
  });
});
