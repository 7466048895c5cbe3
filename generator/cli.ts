// The command line: cli/parse.ts parses, this file composes config + flags into GenerateOptions,
// and is the only place that turns errors into printed lines and exit codes
// (0 ok, 1 invalid document or failed generation, 2 usage error, 3 --check drift).
import { resolve } from "node:path";
import { parseCommand, type ClientFlags } from "./cli/parse.js";
import { runClients, type ClientRun } from "./cli/run.js";
import { errorLines, exitCodeOf, type Output } from "./cli/report.js";
import { writeStarterConfig } from "./config/init.js";
import { loadConfig } from "./config/load.js";
import { UsageError } from "./errors.js";
import type { GenerateOptions } from "./options.js";
import { resolveOptions } from "./options.js";

export interface Io {
  stdout: Output;
  stderr: Output;
  cwd: string;
  /** The bin's name: `generate` means argv starts at `client`. */
  invokedAs?: string;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const args = io.invokedAs === "generate" || argv[0] === "client" ? ["generate", ...argv] : argv;
  let chosen: Awaited<ReturnType<typeof parseCommand>>;
  try {
    chosen = await parseCommand(args);
  } catch (error) {
    const line = (errorLines(error, args.includes("--debug"))[0] ?? "error").replace(/\n\s*/g, " ");
    io.stderr.write(`${line} (see --help)\n`);
    return 2;
  }
  if (chosen === undefined) return 0; // --help or --version, printed by yargs
  const debug = chosen.name === "client" && chosen.flags.debug === true;
  try {
    if (chosen.name === "init") {
      const file = await writeStarterConfig({ cwd: io.cwd, ...chosen.flags });
      io.stderr.write(`wrote ${file}\n`);
      return 0;
    }
    return await runClients(await clientRuns(chosen.flags, io), chosen.flags, io);
  } catch (error) {
    for (const line of errorLines(error, debug)) io.stderr.write(`${line}\n`);
    return exitCodeOf(error);
  }
}

/** Config clients with flags laid over them, each checked before anything runs. */
async function clientRuns(flags: ClientFlags, io: Io): Promise<ClientRun[]> {
  const config = await loadConfig(flags.config, io.cwd);
  const clients = config?.clients ?? [{}];
  if (config && clients.length > 1 && (flags.input !== undefined || flags.output !== undefined)) {
    throw new UsageError(`--input and --output can not override ${config.shown}, which lists ${clients.length} clients`);
  }
  const runs = clients.map((client) => {
    const options: GenerateOptions = {
      input: flags.input ?? client.input ?? "",
      output: flags.output ?? client.output ?? "",
      groupBy: flags.groupBy ?? client.groupBy,
      baseUrl: flags.baseUrl ?? client.baseUrl,
      format: flags.format ?? client.format,
      query: flags.query ?? client.query,
      pagination: client.pagination,
      check: flags.check === true,
      force: flags.force === true,
      cwd: io.cwd,
    };
    resolveOptions(options);
    return { options, shown: options.output };
  });
  // Two clients swapping the same folder would delete each other's files as stale.
  const outputs = runs.map((run) => resolve(io.cwd, run.options.output));
  const twice = outputs.findIndex((output, index) => outputs.indexOf(output) !== index);
  if (twice !== -1) {
    throw new UsageError(`clients ${outputs.indexOf(outputs[twice] ?? "") + 1} and ${twice + 1} of ${config?.shown} both write to ${runs[twice]?.shown}`);
  }
  return runs;
}
