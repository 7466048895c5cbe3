// keyway's command line as yargs parses it: `generate client`, `init`, help and version.
import type { Argv } from "yargs";
import { packageInfo } from "../config/package.js";
import { UsageError } from "../errors.js";
import type { GroupBy, QueryLibrary } from "../options.js";
import { withSuggestions } from "./suggest.js";
import { yargs } from "./yargs.js";

export interface ClientFlags {
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

export type Command = { name: "client"; flags: ClientFlags } | { name: "init"; flags: Pick<ClientFlags, "input" | "output" | "force"> };

/**
 * The command and its flags; undefined when yargs printed help or the version. `generate
 * client` with plain flags is parsed without yargs' command layer: after running a command,
 * yargs lays out its help text in case a later step fails, which loads cliui and string-width
 * and costs more than the parse (about 40 ms of a 0.4 s run on a small document). Anything
 * else, and anything that parse refuses, goes to the whole command line's parser, which
 * prints help and words every error.
 */
export async function parseCommand(args: string[]): Promise<Command | undefined> {
  const plain = args[0] === "generate" && args[1] === "client" && !args.some((arg) => WHOLE_PARSER_ONLY.has(arg));
  if (plain) {
    const flags = await clientOptions(common(args.slice(2)))
      .parseAsync()
      .catch(() => undefined);
    if (flags && flags._.length === 0) return { name: "client", flags: flags as ClientFlags };
  }
  return parseWithCommands(args);
}

/** The whole command line's parse: every command, help, version, "did you mean". */
export async function parseWithCommands(args: string[]): Promise<Command | undefined> {
  let command: Command | undefined;
  await commands(args, (c) => (command = c)).parseAsync();
  return command;
}

/** Help and version are printed by the whole parser; after `--` it decides what is a flag. */
const WHOLE_PARSER_ONLY = new Set(["--help", "-h", "--version", "--"]);

/** What every parser shares: strict flags, no exit, errors thrown as UsageErrors. */
function common(args: string[]): Argv {
  return yargs(args)
    .scriptName("keyway")
    // `-i a.yaml -i b.yaml` means the last one, never an array where a string is typed.
    .parserConfiguration({ "duplicate-arguments-array": false })
    .strict()
    .exitProcess(false)
    .fail((message: string | undefined, error: Error | undefined) => {
      throw error ?? new UsageError(withSuggestions(message ?? "invalid arguments", FLAGS));
    });
}

function commands(args: string[], choose: (command: Command) => void): Argv {
  return common(args)
    .version(packageInfo().version)
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

