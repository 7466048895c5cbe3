// keyway and the peers it is measured against: how each is run on one document.
// Peers generate a full axios client where they can; openapi-typescript emits types only,
// oazapfts has no axios mode and emits its fetch client.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH, BENCH_MODULES, ROOT, rel } from "./paths.mjs";

function peerBin(pkg, name) {
  const dir = join(BENCH_MODULES, pkg);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin[name];
  return { path: join(dir, bin), version: manifest.version };
}

const peerConfig = (file) => rel(join(BENCH, "peers", file));

/** @typedef {{ id: string, label: string, pkg?: string, emits: string, version: () => string, argv: (doc: string, out: string) => string[], prepare?: (out: string) => void }} Tool */

/** @type {Tool} */
export const keyway = {
  id: "keyway",
  label: "keyway",
  emits: "full axios client + auth runtime",
  version: () => JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version,
  argv: (doc, out) => ["dist/generator/bin.js", "generate", "client", "-i", doc, "-o", out],
  available: () => existsSync(join(ROOT, "dist", "generator", "bin.js")),
};

/** @type {Tool[]} */
export const peers = [
  {
    id: "openapi-typescript",
    label: "openapi-typescript (types only)",
    pkg: "openapi-typescript",
    emits: "types only",
    argv: (doc, out) => [bin("openapi-typescript"), doc, "-o", join(out, "schema.ts")],
  },
  {
    id: "hey-api",
    label: "@hey-api/openapi-ts (axios)",
    pkg: "@hey-api/openapi-ts",
    emits: "types + sdk + @hey-api/client-axios",
    argv: () => [bin("@hey-api/openapi-ts", "openapi-ts"), "-f", peerConfig("openapi-ts.config.mjs")],
    env: (doc, out) => ({ BENCH_INPUT: doc, BENCH_OUTPUT: out }),
  },
  {
    id: "orval",
    label: "orval (axios)",
    pkg: "orval",
    emits: "types + axios functions",
    argv: () => [bin("orval"), "--config", peerConfig("orval.config.cjs")],
    env: (doc, out) => ({ BENCH_INPUT: doc, BENCH_OUTPUT: out }),
  },
  {
    id: "openapi-typescript-codegen",
    label: "openapi-typescript-codegen (axios)",
    pkg: "openapi-typescript-codegen",
    emits: "models + services + axios core",
    argv: (doc, out) => [bin("openapi-typescript-codegen", "openapi"), "-i", doc, "-o", out, "-c", "axios"],
  },
  {
    id: "oazapfts",
    label: "oazapfts (fetch)",
    pkg: "oazapfts",
    emits: "types + fetch functions (no axios mode)",
    argv: (doc, out) => [bin("oazapfts"), doc, join(out, "api.ts")],
    // oazapfts does not create the folder of its output file.
    prepare: (out) => mkdirSync(out, { recursive: true }),
  },
];

for (const peer of peers) {
  peer.version = () => JSON.parse(readFileSync(join(BENCH_MODULES, peer.pkg, "package.json"), "utf8")).version;
  peer.available = () => existsSync(join(BENCH_MODULES, peer.pkg, "package.json"));
}

function bin(pkg, name = pkg) {
  return rel(peerBin(pkg, name).path);
}

export const allTools = [keyway, ...peers];
