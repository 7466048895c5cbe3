// The runtime as users ship it: runtime/index.ts bundled by esbuild with axios left external.
import { build } from "esbuild";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT, TMP } from "./paths.mjs";

const ENTRY = join(ROOT, "runtime", "index.ts");

/** Min+gzip size of everything runtime/index.ts exports, without axios. */
export async function runtimeSize() {
  const outfile = join(TMP, "runtime", "runtime.min.mjs");
  const { metafile } = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    metafile: true,
    format: "esm",
    platform: "neutral",
    target: "es2020",
    external: ["axios"],
    outfile,
    logLevel: "silent",
  });
  const code = readFileSync(outfile);
  const inputs = Object.values(metafile.outputs)[0].inputs;
  const modules = Object.entries(inputs)
    .map(([path, { bytesInOutput }]) => ({ path: path.replace(/^.*?runtime\//, "runtime/"), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, modules };
}

/** An importable ESM build for the overhead measurement; axios resolves from bench/node_modules. */
export async function runtimeModule() {
  const dir = join(TMP, "runtime");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, "runtime.node.mjs");
  await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["axios"],
    outfile,
    logLevel: "silent",
  });
  return outfile;
}
