// `npm pack` / `npm publish` lifecycle: the tarball's package.json carries no `prepare`.
//
// `prepare` is what a git install (`npm i github:owner/keyway`) runs to build dist/, so the
// repository keeps it. A tarball already carries dist/, and npm 11 lists a tarball's
// `prepare` among the install scripts "not yet covered by allowScripts" (it counts
// `prepare` for every non-registry source, a local .tgz included). So `prepack` strips it
// after building and `postpack` puts the repository's package.json back, byte for byte
// (the same move as pinst's disable/enable of postinstall).
//
//   node scripts/pack-manifest.mjs strip | restore
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

const MANIFEST = "package.json";
const SAVED = ".package.json.prepack";

function restore() {
  if (existsSync(SAVED)) renameSync(SAVED, MANIFEST);
}

function strip() {
  restore(); // an earlier pack that died between the two steps
  const text = readFileSync(MANIFEST, "utf8");
  const manifest = JSON.parse(text);
  writeFileSync(SAVED, text);
  delete manifest.scripts.prepare;
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
}

const step = process.argv[2];
if (step === "strip") strip();
else if (step === "restore") restore();
else {
  console.error("usage: node scripts/pack-manifest.mjs strip|restore");
  process.exit(2);
}
