#!/usr/bin/env node
// Entry of both bins, `keyway` and `generate`; the name decides where argv starts.
import module from "node:module";
import { basename } from "node:path";
import { compileCacheFolder } from "./package-root.js";

// Node 22.1+ caches the compiled code of every module it loads (yargs, handlebars, prettier…)
// across runs: most of a small document's run is loading code. Node 20 has no such API; there
// compile-cache.ts caches the TypeScript compiler and prettier alone.
const enableCompileCache = (module as { enableCompileCache?: (folder: string) => unknown }).enableCompileCache;
try {
  enableCompileCache?.(compileCacheFolder());
} catch {
  // an unwritable folder: run without the cache
}
const { main } = await import("./cli.js");

// `keyway generate client --check | head`: a closed pipe must not crash the run or hide
// its exit code; the rest of the listing simply has no reader.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

const invokedAs = basename(process.argv[1] ?? "keyway").replace(/\.[cm]?js$/, "");
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  invokedAs,
});
process.exitCode = code;
