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
  const { startSchemaTypes } = await import("./types/parallel.js");
  const schemaTypes = startSchemaTypes({ inline: typesInline(options) });
  const { generateFiles } = await import("./pipeline.js").catch((error: unknown) => {
    schemaTypes.cancel();
    throw error;
  });
  return generateFiles(options, schemaTypes);
}

/**
 * A document this small has its types printed in this thread. A worker overlaps them with the
 * rest of the run, but costs a second isolate's start-up and its own copy of the modules both
 * threads load (js-yaml, parts of Redocly): 0.03-0.12 s of CPU on 1-100 operations, about
 * what the overlap saves there, and small CI runners are busy with other jobs.
 */
const INLINE_TYPES_LIMIT = 256 * 1024;

/**
 * From this size on, too: a worker holds a second copy of the document and this thread a JSON
 * text of it to send (GitHub's 13 MB: about 70 MB more peak and 0.3 s more CPU than one thread).
 */
export const INLINE_TYPES_FROM = 8 * 2 ** 20;

/** A URL or stdin is read later: its size is not known here, and it gets the worker. */
function typesInline(options: ResolvedOptions): boolean {
  const path = localPath(options.input, options.cwd);
  if (path === undefined) return false;
  try {
    const size = statSync(path).size;
    return size <= INLINE_TYPES_LIMIT || size >= INLINE_TYPES_FROM;
  } catch {
    return false;
  }
}

function collect(options: ResolvedOptions, into: GenerationWarning[]): (warning: GenerationWarning) => void {
  return (warning) => {
    into.push(warning);
    options.onWarning(warning);
  };
}
