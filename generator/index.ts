// keyway's programmatic API: resolve options -> (cache) -> render in memory -> write or compare.
import { isAbsolute, join, relative, resolve } from "node:path";
import { packageInfo } from "./config/package.js";
import { UsageError } from "./errors.js";
import { resolveOptions, type GenerateOptions, type GenerationWarning, type ResolvedOptions } from "./options.js";
import type { GeneratedFile } from "./render/types.js";
import { isUpToDate, localPath, recordInputs, snapshotInputs } from "./write/cache.js";
import { throughLink } from "./write/link.js";
import {
  diffOutput,
  inspectOutput,
  isPlainRelativePath,
  MARKER_FILE,
  recoverInterruptedSwap,
  writeOutput,
  type FileChange,
  type OutputState,
} from "./write/index.js";

export { InputError, InvalidDocumentError, KeywayError, OutputError, UsageError, formatLocation } from "./errors.js";
export type { ErrorKind, SourceLocation } from "./errors.js";
export type { GenerateOptions, GenerationWarning, GroupBy } from "./options.js";
export type { FileChange } from "./write/index.js";
export { defineConfig, type ClientConfig, type KeywayConfig } from "./config/define.js";

export interface GenerateResult {
  /** Absolute path of the output folder. */
  output: string;
  operations: number;
  /** Every file of the generated client, relative to `output`, `/`-separated, sorted. */
  files: string[];
  /** Against the previous output: what was written (or, with `check`, what would be). */
  changes: FileChange[];
  /** True when the input hash matched and nothing was rendered. */
  cached: boolean;
  /** Local files the document was read from (for --watch); empty for URL or stdin input. */
  inputs: string[];
}

export async function generateClient(options: GenerateOptions): Promise<GenerateResult> {
  const resolved = resolveOptions(options);
  const target = await throughLink(resolve(resolved.cwd, resolved.output), resolved.output);
  assertOwnFolder(resolved, target);
  if (!resolved.check) await recoverInterruptedSwap(target);
  const state = await inspectOutput(target, resolved.output);
  const marker = state.kind === "keyway" ? state.marker : undefined;
  for (const path of marker?.outside ?? []) {
    const message = `lists '${path}', which is not a file inside the folder: ignored`;
    resolved.onWarning({ file: join(resolved.output, MARKER_FILE), pointer: `#/files/${path.replace(/~/g, "~0").replace(/\//g, "~1")}`, message });
  }
  const snapshot = await snapshotInputs(resolved, target, marker);
  if (marker && (await isUpToDate(resolved, target, marker, snapshot))) {
    for (const warning of marker.warnings) resolved.onWarning(warning);
    const inputs = marker.inputs.map((input) => resolve(target, input.path));
    return { output: target, operations: marker.operations, files: Object.keys(marker.files).sort(), changes: [], cached: true, inputs };
  }
  const warnings: GenerationWarning[] = [];
  // Imported only on a cache miss: the pipeline's dependencies (openapi-typescript, redocly,
  // prettier) take longer to load than a cached run takes in all. The types worker starts
  // first, so its own start-up overlaps loading the rest of the pipeline.
  const { startSchemaTypes } = await import("./types/parallel.js");
  const schemaTypes = startSchemaTypes();
  const { renderClient } = await import("./pipeline.js").catch((error: unknown) => {
    schemaTypes.cancel();
    throw error;
  });
  const generation = await renderClient({ ...resolved, onWarning: collect(resolved, warnings) }, schemaTypes);
  const files = sortFiles(generation.files);
  const record = await recordInputs(resolved, target, generation.document.files, snapshot);
  const changes = resolved.check
    ? await diffOutput(target, files, state)
    : await write(resolved, target, state, files, {
        generator: "keyway",
        version: packageInfo().version,
        key: record.key,
        operations: generation.operations,
        inputs: record.inputs,
        warnings,
      });
  // Every local file read, even when this run is not cacheable (a file changed mid-run).
  const read = [resolved.input, ...generation.document.files].map((file) => localPath(file, resolved.cwd));
  const inputs = [...new Set(read.filter((file): file is string => file !== undefined))];
  return { output: target, operations: generation.operations, files: files.map((f) => f.path), changes, cached: false, inputs };
}

function write(
  options: ResolvedOptions,
  target: string,
  state: OutputState,
  files: GeneratedFile[],
  marker: Parameters<typeof writeOutput>[0]["marker"],
): Promise<FileChange[]> {
  return writeOutput({ target, shown: options.output, files, marker, state, force: options.force });
}

function collect(options: ResolvedOptions, into: GenerationWarning[]): (warning: GenerationWarning) => void {
  return (warning) => {
    into.push(warning);
    options.onWarning(warning);
  };
}

/** The folder is replaced whole, so it must not hold the input or the working directory. */
function assertOwnFolder(options: ResolvedOptions, target: string): void {
  const inside = (path: string): boolean => {
    const rel = relative(target, path);
    return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
  };
  const input = localPath(options.input, options.cwd);
  if (inside(options.cwd) || (input !== undefined && inside(input))) {
    throw new UsageError(
      `--output ${options.output} must be a folder of its own: keyway replaces it whole, and it holds ${
        inside(options.cwd) ? "the working directory" : "the input document"
      }`,
    );
  }
}

/** Rendered paths become file names: refuse anything that could land outside the folder. */
function sortFiles(files: GeneratedFile[]): GeneratedFile[] {
  for (const file of files) {
    if (file.path === MARKER_FILE || isAbsolute(file.path) || !isPlainRelativePath(file.path)) {
      throw new Error(`internal error: rendered file path ${JSON.stringify(file.path)} is not a plain relative path`);
    }
  }
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
