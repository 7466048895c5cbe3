#!/usr/bin/env node
// Entry of both bins, `keyway` and `generate`; the name decides where argv starts.
import { basename } from "node:path";
import { main } from "./cli.js";

const invokedAs = basename(process.argv[1] ?? "keyway").replace(/\.[cm]?js$/, "");
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  invokedAs,
});
process.exitCode = code;
