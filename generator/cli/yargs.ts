// yargs, built from its own factory with a Node platform whose help-layout pieces load on
// first use. yargs' Node entry imports cliui and string-width on every run, for help output
// alone, and string-width builds its emoji table at import: about 30 ms of a run that lays out
// no help (a plain `generate client` line, see ./parse.ts; a small document's whole run is
// about 0.4 s of CPU). The factory and the platform's shape are yargs 18's
// (build/lib/yargs-factory.js, lib/platform-shims/esm.mjs); when a yargs release moves them,
// the public entry is used instead, as before.
import { notStrictEqual, strictEqual } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { inspect } from "node:util";
import type { Argv } from "yargs";
import { packageRoot } from "../package-root.js";

export type Yargs = (args: string[]) => Argv;

type Factory = (platform: object) => Yargs;

const requireFromYargs = createRequire(createRequire(import.meta.url).resolve("yargs/package.json"));
const yargsRoot = dirname(requireFromYargs.resolve("yargs/package.json"));

/** An ES module's default export, loaded synchronously (require of ESM: Node 20.19+, 22.12+). */
function load<T>(id: string): T {
  const loaded = requireFromYargs(id) as { default?: T } & T;
  return loaded.default ?? loaded;
}

function onFirstCall<F extends (...args: never[]) => unknown>(id: string): F {
  let fn: F | undefined;
  return ((...args: Parameters<F>) => (fn ??= load<F>(id))(...args)) as F;
}

async function lazyYargs(): Promise<Yargs> {
  const from = (file: string) => import(pathToFileURL(join(yargsRoot, file)).href);
  const [{ YargsFactory }, { getProcessArgvBin }] = (await Promise.all([from("build/lib/yargs-factory.js"), from("build/lib/utils/process-argv.js")])) as [
    { YargsFactory: Factory },
    { getProcessArgvBin: () => string },
  ];
  const y18n = load<(options: object) => object>("y18n");
  const platform = {
    assert: { notStrictEqual, strictEqual },
    cliui: onFirstCall("cliui"),
    stringWidth: onFirstCall("string-width"),
    findUp: load("escalade/sync"),
    getEnv: (key: string) => process.env[key],
    inspect,
    getProcessArgvBin,
    // Where yargs looks for a package.json "yargs" key (parser settings): keyway's own, never
    // the user's project, whose settings are for their own command lines.
    mainFilename: packageRoot,
    Parser: load("yargs-parser"),
    path: { basename, dirname, extname, relative, resolve, join },
    process: {
      argv: () => process.argv,
      cwd: process.cwd,
      emitWarning: (warning: string, type: string) => process.emitWarning(warning, type),
      execPath: () => process.execPath,
      exit: (code: number) => process.exit(code),
      nextTick: process.nextTick,
      stdColumns: process.stdout.columns ?? null,
    },
    readFileSync,
    readdirSync,
    require: requireFromYargs,
    // Only for commandDir(), which keyway does not use.
    getCallerFile: () => {
      throw new Error("commandDir is not supported");
    },
    y18n: y18n({ directory: join(yargsRoot, "locales"), updateFiles: false }),
  };
  return YargsFactory(platform);
}

async function publicYargs(): Promise<Yargs> {
  return (await import("yargs")).default as Yargs;
}

export const yargs: Yargs = await lazyYargs().catch(publicYargs);
