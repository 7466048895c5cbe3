// The output side of one run: before anything is rendered, the folder is checked and the
// cache consulted; after, the rendered files are written (or, with --check, compared).
import { isAbsolute, join, relative, resolve } from "node:path";
import { packageVersion } from "../package-root.js";
import { UsageError } from "../errors.js";
import type { GenerationWarning, ResolvedOptions } from "../options.js";
import type { GeneratedFile } from "../render/types.js";
import { isUpToDate, localPath, recordInputs, snapshotInputs, type InputSnapshot } from "./cache.js";
import { throughLink } from "./link.js";
import { testPause } from "./swap.js";
import { diffOutput, inspectOutput, isPlainRelativePath, MARKER_FILE, recoverInterruptedSwap, writeOutput, type FileChange, type OutputState } from "./index.js";

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

/** What generation produced, in memory. */
export interface Generation {
  files: GeneratedFile[];
  operations: number;
  /** Every file the document was assembled from. */
  documentFiles: string[];
  /** sha256 of the entry's bytes as load/ read them: the cache records it without reading the entry again. */
  entrySha256?: string;
}

export interface OpenOutput {
  target: string;
  state: OutputState;
  snapshot: InputSnapshot;
  /** Set when the previous run's output still holds: nothing to render. */
  cached?: GenerateResult;
}

/** The output folder as found, and the cache's verdict. */
export async function openOutput(options: ResolvedOptions): Promise<OpenOutput> {
  const target = await throughLink(resolve(options.cwd, options.output), options.output);
  assertOwnFolder(options, target);
  if (!options.check) await recoverInterruptedSwap(target);
  const state = await inspectOutput(target, options.output);
  const marker = state.kind === "keyway" ? state.marker : undefined;
  for (const path of marker?.outside ?? []) {
    const message = `lists '${path}', which is not a file inside the folder: ignored`;
    options.onWarning({ file: join(options.output, MARKER_FILE), pointer: `#/files/${path.replace(/~/g, "~0").replace(/\//g, "~1")}`, message });
  }
  const snapshot = await snapshotInputs(options, target, marker);
  if (!marker || !(await isUpToDate(options, target, marker, snapshot))) return { target, state, snapshot };
  for (const warning of marker.warnings) options.onWarning(warning);
  const inputs = marker.inputs.map((input) => resolve(target, input.path));
  const files = Object.keys(marker.files).sort();
  return { target, state, snapshot, cached: { output: target, operations: marker.operations, files, changes: [], cached: true, inputs } };
}

/** Writes (or with --check, compares) the generated files; the marker records the run. */
export async function finishOutput(
  options: ResolvedOptions,
  output: OpenOutput,
  generation: Generation,
  warnings: GenerationWarning[],
): Promise<GenerateResult> {
  const { target, state } = output;
  const files = sortFiles(generation.files);
  await testPause("before-record");
  const record = await recordInputs(options, target, generation, output.snapshot);
  const marker = {
    generator: "keyway" as const,
    version: packageVersion,
    key: record.key,
    operations: generation.operations,
    inputs: record.inputs,
    warnings,
  };
  const changes = options.check
    ? await diffOutput(target, files, state)
    : await writeOutput({ target, shown: options.output, files, marker, state, force: options.force });
  // Every local file read, even when this run is not cacheable (a file changed mid-run).
  const read = [options.input, ...generation.documentFiles].map((file) => localPath(file, options.cwd));
  const inputs = [...new Set(read.filter((file): file is string => file !== undefined))];
  return { output: target, operations: generation.operations, files: files.map((f) => f.path), changes, cached: false, inputs };
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
