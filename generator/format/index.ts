// prettier over the files we print from templates, only with `format: true` (`--format`): the
// templates print prettier's output already (render/layout.ts decides the line breaks, and
// test/generator/render/prettier-identity holds them to it), and prettier costs 0.1-0.5 s of
// a small run. schema.ts (printed by the TypeScript printer) and runtime/ (copied verbatim)
// are left as they are.
import { fileURLToPath } from "node:url";
import { requireCached } from "../compile-cache.js";
import type { GeneratedFile } from "../render/types.js";
import { formatStatements } from "./statements.js";

// babel-ts rather than typescript: same output on everything we emit (every fixture and
// real document compared), and 30% faster cold (0.72 s against 1.03 s on spotify's operations).
const PRETTIER = { parser: "babel-ts", printWidth: 100 } as const;

const needsFormatting = (file: GeneratedFile): boolean =>
  file.path !== "schema.ts" && !file.path.startsWith("runtime/");

export async function formatFiles(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  const prettier = await loadPrettier();
  const formatted = await formatStatements(files.filter(needsFormatting).map((file) => file.contents), prettier.format);
  prettier.save();
  let next = 0;
  return files.map((file) => (needsFormatting(file) ? { path: file.path, contents: formatted[next++] ?? "" } : file));
}

type Standalone = Pick<typeof import("prettier"), "format">;
type Plugin = import("prettier").Plugin;
let loaded: { format(text: string): Promise<string>; save(): void } | undefined;

/**
 * Loaded only when used, once per process. prettier's standalone build with the two plugins
 * TypeScript needs prints what its Node entry prints for the same options (test/generator/format
 * compares them on every fixture) and is CommonJS, so it comes from V8's code cache: about a
 * third less CPU than `import("prettier")` and its first, cold format. Any other layout: the entry.
 */
async function loadPrettier(): Promise<NonNullable<typeof loaded>> {
  if (loaded) return loaded;
  try {
    const from = fileURLToPath(import.meta.url);
    const modules = ["prettier/standalone", "prettier/plugins/babel", "prettier/plugins/estree"].map((id) => requireCached(id, from));
    const [standalone, ...plugins] = modules.map((module) => module.exports) as [Standalone, ...Plugin[]];
    if (typeof standalone.format === "function") {
      loaded = {
        format: (text) => standalone.format(text, { ...PRETTIER, plugins }),
        save: () => modules.forEach((module) => module.save()),
      };
      return loaded;
    }
  } catch {
    // fall through to the documented entry
  }
  const prettier = await import("prettier");
  loaded = { format: (text) => prettier.format(text, PRETTIER), save: () => {} };
  return loaded;
}
