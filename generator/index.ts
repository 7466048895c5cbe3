// keyway's programmatic API: options -> (cache) -> load -> buildModel -> render -> format -> write.
import { statSync } from "node:fs";
import { resolveOptions, type GenerateOptions, type GenerationWarning, type ResolvedOptions } from "./options.js";
import { localPath } from "./write/cache.js";
import { finishOutput, openOutput, type GenerateResult, type Generation } from "./write/run.js";

export { InputError, InvalidDocumentError, KeywayError, OutputError, UsageError, formatLocation } from "./errors.js";
export type { ErrorKind, SourceLocation } from "./errors.js";
export type { GenerateOptions, GenerationWarning, GroupBy } from "./options.js";
export type { FileChange } from "./write/index.js";
export type { GenerateResult } from "./write/run.js";
export { defineConfig, type ClientConfig, type KeywayConfig } from "./config/define.js";

export async function generateClient(options: GenerateOptions): Promise<GenerateResult> {
  const resolved = resolveOptions(options);
  const output = await openOutput(resolved);
  if (output.cached) return output.cached;
  const warnings: GenerationWarning[] = [];
  const generation = await generate({ ...resolved, onWarning: collect(resolved, warnings) });
  return finishOutput(resolved, output, generation, warnings);
}

/**
 * load -> buildModel -> render -> format (pipeline.ts). Imported only on a cache miss: its
 * dependencies (openapi-typescript, redocly, prettier) take longer to load than a cached run
 * takes in all. The types worker starts first, so its start-up overlaps loading the rest.
 */
async function generate(options: ResolvedOptions): Promise<Generation> {
  const { startSchemaTypes, typesRunInline } = await import("./types/parallel.js");
  const schemaTypes = startSchemaTypes({ inline: typesRunInline(entryBytes(options)) });
  const { generateFiles } = await import("./pipeline.js").catch((error: unknown) => {
    schemaTypes.cancel();
    throw error;
  });
  return generateFiles(options, schemaTypes);
}

/** The entry's size in bytes; undefined for a URL or stdin, read later. */
function entryBytes(options: ResolvedOptions): number | undefined {
  const path = localPath(options.input, options.cwd);
  if (path === undefined) return undefined;
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

function collect(options: ResolvedOptions, into: GenerationWarning[]): (warning: GenerationWarning) => void {
  return (warning) => {
    into.push(warning);
    options.onWarning(warning);
  };
}
