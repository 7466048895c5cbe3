// The runtime's size as users ship it. A user bundles a generated client's index.ts, so what
// counts is what esbuild keeps of runtime/ for a given document: clients are generated from
// fixtures and their index.ts bundled whole (every export kept, the operations included,
// axios external, minified, gzip level 9), subtracting nothing. The petstore client is the
// figure held against the 4 KB target; the auth-matrix client (bearer, basic, apiKey in
// three places, oauth2 with two flows) shows the upper end, a document without security
// schemes (no auth layer at all) the lower. Everything runtime/index.ts
// exports, bundled the same way, is kept for reference: no client ships all of it.
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { ROOT, TMP } from "./paths.mjs";

const ENTRY = join(ROOT, "runtime", "index.ts");

export const CLIENTS = [
  { id: "petstore", input: "fixtures/petstore/petstore.yaml", label: "petstore client (http bearer + apiKey header)", target: true },
  { id: "auth-matrix", input: "fixtures/security/auth-matrix.yaml", label: "auth-matrix client (bearer, basic, 3 apiKeys, 2 oauth2)" },
  { id: "json-variants", input: "fixtures/bodies/json-variants.yaml", label: "json-variants client (no security schemes)" },
];

/**
 * { minBytes, gzipBytes, modules }: everything runtime/index.ts exports (reference, as before);
 * clients: one bundle per generated client; target: which client figure meets the 4 KB target.
 */
export async function runtimeSize() {
  const all = await measure(ENTRY, join(TMP, "runtime", "runtime.min.mjs"));
  const clients = [];
  for (const client of CLIENTS) clients.push({ id: client.id, label: client.label, input: client.input, ...(await clientSize(client)) });
  const target = clients.find((c) => CLIENTS.find((d) => d.id === c.id)?.target);
  return {
    ...all,
    measured: "everything runtime/index.ts exports",
    clients,
    target: { client: target.id, gzipBytes: target.gzipBytes, limitBytes: 4096, met: target.gzipBytes <= 4096 },
  };
}

/** Generates the client with the built keyway (dist/) and bundles its index.ts. */
async function clientSize(client) {
  const output = join(TMP, "runtime", "clients", client.id);
  rmSync(output, { recursive: true, force: true });
  const { generateClient } = await import(pathToFileURL(join(ROOT, "dist", "generator", "index.js")).href);
  await generateClient({ input: join(ROOT, client.input), output, cwd: ROOT, format: false, onWarning: () => {} });
  const size = await measure(join(output, "index.ts"), join(TMP, "runtime", `${client.id}.min.mjs`));
  const runtimeMinBytes = size.modules.filter((m) => m.path.startsWith("runtime/")).reduce((n, m) => n + m.bytes, 0);
  return { ...size, runtimeMinBytes, generatedMinBytes: size.minBytes - runtimeMinBytes };
}

/** Bundled as an app ships it: minified, tree-shaken, ES2020, axios external. */
export async function minifiedBundle(entry, outfile, platform = "neutral") {
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    metafile: true,
    format: "esm",
    platform,
    target: "es2020",
    external: ["axios"],
    outfile,
    logLevel: "silent",
  });
  return { code: readFileSync(outfile), inputs: Object.values(metafile.outputs)[0].inputs };
}

async function measure(entry, outfile) {
  const { code, inputs } = await minifiedBundle(entry, outfile);
  const modules = Object.entries(inputs)
    .map(([path, { bytesInOutput }]) => ({ path: path.replace(/^.*?\/?(runtime\/)/, "$1").replace(/^.*\/clients\/[^/]+\//, ""), bytes: bytesInOutput }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, modules };
}

/** An importable ESM build for the overhead measurement; axios resolves from bench/node_modules. */
export async function runtimeModule() {
  const dir = join(TMP, "runtime");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, "runtime.node.mjs");
  // What a generated client reaches inside runtime/ (its security.ts and operations), which
  // runtime/index.ts, the users' list, does not export.
  const contents = [
    'export { createRuntimeClient } from "./runtime/client.ts";',
    'export { installAuth } from "./runtime/auth/install.ts";',
    'export { apiKeyScheme } from "./runtime/auth/schemes/handlers.ts";',
    'export { request } from "./runtime/request.ts";',
  ].join("\n");
  await build({
    stdin: { contents, resolveDir: ROOT, loader: "ts", sourcefile: "bench-runtime-entry.ts" },
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
