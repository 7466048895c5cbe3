#!/usr/bin/env node
// Entry of both bins, `keyway` and `generate`; the name decides where argv starts.
import { basename } from "node:path";
import { main } from "./cli.js";

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
