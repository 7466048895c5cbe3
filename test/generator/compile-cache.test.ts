// CommonJS files through V8's code cache (generator/compile-cache.ts): the
// cache is written once, accepted on the next load, and a damaged one is only a slower load.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ts } from "../../dist/generator/types/transformer.js";
import { compileCacheFolder } from "../../dist/generator/package-root.js";
import { repoRoot, tmpDir } from "../support/generate.js";

describe("compile-cache", () => {
  it("openapi-typescript prints with the compiler keyway loaded, not a second copy", () => {
    const fromOpenApiTs = createRequire(createRequire(import.meta.url).resolve("openapi-typescript"))("typescript");
    expect(fromOpenApiTs).toBe(ts);
    expect(typeof ts.factory.createIdentifier).toBe("function");
  });

  it("writes the cache after use, takes it on the next load, survives a damaged one", () => {
    const dir = tmpDir("compile-cache");
    mkdirSync(dir, { recursive: true });
    const from = join(dir, "from.cjs");
    writeFileSync(from, "");
    writeFileSync(join(dir, "answer.cjs"), "exports.answer = function answer(n) { return n * 6; };\nexports.dir = __dirname;\n");
    const cacheFiles = () => readdirSync(compileCacheFolder()).filter((name) => name.startsWith("answer.cjs-"));
    mkdirSync(compileCacheFolder(), { recursive: true });
    for (const name of cacheFiles()) rmSync(join(compileCacheFolder(), name));
    // Each load in a process of its own: within one, V8's in-memory compilation cache answers
    // for the same source before the file is ever consulted.
    const module = join(repoRoot, "dist/generator/compile-cache.js");
    const load = (): { fromCache: boolean; answer: number; dir: string; same: boolean } => {
      const code = `
        import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
        const { requireCached } = await import(${JSON.stringify(pathToFileURL(module).href)});
        const loaded = requireCached("./answer.cjs", ${JSON.stringify(from)});
        const same = createRequire(${JSON.stringify(from)})("./answer.cjs") === loaded.exports;
        loaded.save();
        console.log(JSON.stringify({ fromCache: loaded.fromCache, answer: loaded.exports.answer(7), dir: loaded.exports.dir, same }));`;
      const child = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
      expect(child.stderr).toBe("");
      return JSON.parse(child.stdout) as { fromCache: boolean; answer: number; dir: string; same: boolean };
    };

    expect(load()).toEqual({ fromCache: false, answer: 42, dir, same: true });
    expect(cacheFiles()).toHaveLength(1);
    expect(load()).toEqual({ fromCache: true, answer: 42, dir, same: true });

    writeFileSync(join(compileCacheFolder(), cacheFiles()[0] ?? ""), "not a code cache");
    expect(load()).toEqual({ fromCache: false, answer: 42, dir, same: true });
    // the damaged file was replaced by a good one
    expect(load().fromCache).toBe(true);
    for (const name of cacheFiles()) rmSync(join(compileCacheFolder(), name));
    rmSync(dir, { recursive: true, force: true });
  });
});
