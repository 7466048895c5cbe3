// The command line: yargs parses, this file composes config + flags into GenerateOptions,
// and is the only place that turns errors into printed lines and exit codes
// (0 ok, 1 invalid document or failed generation, 2 usage error, 3 --check drift).
import { resolve } from "node:path";
import yargs, { type Argv } from "yargs";
import { runClients, type ClientRun } from "./cli/run.js";
import { errorLines, exitCodeOf, type Output } from "./cli/report.js";
import { withSuggestions } from "./cli/suggest.js";
import { writeStarterConfig } from "./config/init.js";
import { loadConfig } from "./config/load.js";
import { packageInfo } from "./config/package.js";
import { UsageError } from "./errors.js";
import type { GenerateOptions, GroupBy, QueryLibrary } from "./options.js";
import { resolveOptions } from "./options.js";

export interface Io {
  stdout: Output;
  stderr: Output;
  cwd: string;
  /** The bin's name: `generate` means argv starts at `client`. */
  invokedAs?: string;
}

interface ClientFlags {
  input?: string;
  output?: string;
  config?: string;
  check?: boolean;
  watch?: boolean;
  groupBy?: GroupBy;
  baseUrl?: string;
  format?: boolean;
  query?: QueryLibrary;
  quiet?: boolean;
  force?: boolean;
  debug?: boolean;
}

/** Every long flag of every command, for "did you mean" (kept beside clientOptions below). */
const FLAGS = ["input", "output", "config", "check", "watch", "group-by", "base-url", "format", "no-format", "quiet", "force", "debug", "help", "version"];

const EXIT_CODES = "exit codes: 0 ok, 1 invalid document or generation failed, 2 usage error, 3 --check found drift";

type Command = { name: "client"; flags: ClientFlags } | { name: "init"; flags: Pick<ClientFlags, "input" | "output" | "force"> };

export async function main(argv: string[], io: Io): Promise<number> {
  const args = io.invokedAs === "generate" || argv[0] === "client" ? ["generate", ...argv] : argv;
  let command: Command | undefined;
  try {
    await parser(args, (c) => (command = c)).parseAsync();
  } catch (error) {
    const line = (errorLines(error, args.includes("--debug"))[0] ?? "error").replace(/\n\s*/g, " ");
    io.stderr.write(`${line} (see --help)\n`);
    return 2;
  }
  const chosen = command as Command | undefined;
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

function parser(args: string[], choose: (command: Command) => void): Argv {
  return yargs(args)
    .scriptName("keyway")
    // `-i a.yaml -i b.yaml` means the last one, never an array where a string is typed.
    .parserConfiguration({ "duplicate-arguments-array": false })
    .version(packageInfo().version)
    .strict()
    .exitProcess(false)
    .fail((message: string | undefined, error: Error | undefined) => {
      throw error ?? new UsageError(withSuggestions(message ?? "invalid arguments", FLAGS));
    })
    .recommendCommands()
    .command("generate", "generate code from an OpenAPI document", (generate) =>
      generate
        .command("client", "generate a typed TypeScript client", clientOptions, (argv) =>
          choose({ name: "client", flags: argv as ClientFlags }),
        )
        .demandCommand(1, "name what to generate: keyway generate client"),
    )
    .command(
      "init",
      "write a starter keyway.config.json",
      (init) =>
        init
          .option("input", { alias: "i", type: "string", describe: "the document the config points at" })
          .option("output", { alias: "o", type: "string", describe: "the folder the config generates into" })
          .option("force", { type: "boolean", describe: "overwrite an existing config" }),
      (argv) => choose({ name: "init", flags: argv as Pick<ClientFlags, "input" | "output" | "force"> }),
    )
    .demandCommand(1, "name a command: keyway generate client, or keyway init")
    .help()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .epilogue(EXIT_CODES);
}

function clientOptions(y: Argv): Argv {
  return y
    .option("input", { alias: "i", type: "string", describe: "OpenAPI document: path, http(s) URL, or - for stdin" })
    .option("output", { alias: "o", type: "string", describe: "folder to generate into (replaced whole)" })
    .option("config", { alias: "c", type: "string", describe: "keyway.config.{json,js,mjs,ts} (default: the one in .)" })
    .option("check", { type: "boolean", describe: "write nothing; exit 3 and list the files that would change" })
    .option("watch", { type: "boolean", describe: "regenerate when the document or a file it $refs changes" })
    .option("group-by", { type: "string", describe: "none: one operations file; tag: one file per tag" })
    .option("base-url", { type: "string", describe: "default baseURL instead of the document's first server" })
    .option("format", { type: "boolean", describe: "run prettier over the output (not needed: the templates print prettier's layout)" })
    .option("query", { type: "string", describe: "also write queries.ts for this query library: tanstack" })
    .option("quiet", { alias: "q", type: "boolean", describe: "no summary line, no progress" })
    .option("force", { type: "boolean", describe: "write into a non-empty folder keyway did not generate" })
    .option("debug", { type: "boolean", describe: "print stack traces" })
    .epilogue(EXIT_CODES)
    .check((argv) => {
      if (argv.check && argv.watch) throw new UsageError("--check and --watch can not be used together");
      return true;
    });
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
