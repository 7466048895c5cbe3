// prettier over the files we print from templates. schema.ts (printed by the TypeScript
// printer already) and runtime/ (copied verbatim) are left as they are.
import { fileURLToPath } from "node:url";
import { requireCached } from "../compile-cache.js";
import type { GeneratedFile } from "../render/types.js";
import { formatStatements } from "./statements.js";

/**
 * prettier formats about 0.5 MB/s of TypeScript here: 5 s for GitHub's operations, more than
 * the whole rest of generation. The templates already print readable code, so by default
 * prettier runs only below this size, where it costs well under a second.
 */
export const AUTO_FORMAT_LIMIT = 512 * 1024;

// babel-ts rather than typescript: same output on everything we emit (every fixture and
// real document compared), and 30% faster cold (0.72 s against 1.03 s on spotify's operations).
const PRETTIER = { parser: "babel-ts", printWidth: 100 } as const;

const needsFormatting = (file: GeneratedFile): boolean =>
  file.path !== "schema.ts" && !file.path.startsWith("runtime/");

export function shouldFormat(files: GeneratedFile[], mode: boolean | "auto"): boolean {
  if (mode !== "auto") return mode;
  const size = files.filter(needsFormatting).reduce((sum, file) => sum + file.contents.length, 0);
  return size <= AUTO_FORMAT_LIMIT;
}

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
