// The largest CommonJS files a run loads, through V8's code cache: the TypeScript compiler
// (types/, and config/ for a keyway.config.ts) and prettier's standalone build (format/).
// Compiling the 9 MB typescript.js is the largest fixed cost of a run on a small document
// (about 0.2 s of CPU here, Node 20, against 0.09 s from the cache). Node 22 caches every
// module itself (module.enableCompileCache, called in bin.ts); on Node 20 these are the files
// worth the trouble.
//
// The cache is a file per compiler version under node_modules/.cache/keyway (the folder build
// tools share for such files), written by the user's own process: never a shared temporary
// folder, where another user could plant one. V8 checks the file against the source and its own
// version and flags, and rejects one that does not match; then the compiler is compiled as usual.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { compileCacheFolder } from "./package-root.js";

interface Loaded {
  exports: unknown;
  /** Whether V8 took the compiled code from the cache (false: none yet, or rejected). */
  fromCache: boolean;
  /** Writes the cache if there was none that V8 accepted; call once the compiler has worked. */
  save(): void;
}

/**
 * Requires `id` as `from` would, compiled from the code cache when there is one, and registers
 * it in require's cache so that every later `require(id)` (openapi-typescript's) gets this one.
 */
export function requireCached(id: string, from: string): Loaded {
  // (`from` is a file whose require() resolves `id`; its cache is the process's one cache.)
  const requireFrom = createRequire(from);
  const filename = requireFrom.resolve(id);
  const cached = requireFrom.cache[filename];
  if (cached) return { exports: cached.exports, fromCache: false, save: () => {} };
  const source = readFileSync(filename, "utf8");
  const { size, mtimeMs } = statSync(filename);
  const key = createHash("sha256").update(`${filename}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}`).digest("hex").slice(0, 32);
  const cacheFile = join(compileCacheFolder(), `${basename(filename)}-${key}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // none yet
  }
  const script = new Script(Module.wrap(source), { filename, cachedData });
  const module = new Module(filename, undefined);
  module.filename = filename;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(filename));
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  module.loaded = true;
  requireFrom.cache[filename] = module;
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  let fresh = fromCache;
  return {
    exports: module.exports,
    fromCache,
    save: () => {
      if (fresh) return;
      fresh = true;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        // After a run, the cache holds the functions that run compiled too, not only the top level.
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // A read-only install: every run compiles, as without a cache.
      }
    },
  };
}
