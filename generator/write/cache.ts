// The input-hash cache. A run's key covers the generator's own code, the options, and the
// bytes of every file the document was assembled from (listed in the marker by the run
// that read them). Same key and untouched output files: nothing to do.
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { generatorFingerprint } from "./fingerprint.js";
import type { ResolvedOptions } from "../options.js";
import { isUrlReference } from "../url.js";
import { hashFile, sha256 } from "./hash.js";
import type { InputHash, Marker } from "./marker.js";

/** Hashes of input files taken before rendering, absolute path -> sha256. */
export type InputSnapshot = Map<string, string | undefined>;

/** The local file a document reference names, or undefined for URLs and stdin. */
export function localPath(ref: string, cwd: string): string | undefined {
  if (ref.startsWith("file://")) return fileURLToPath(ref);
  if (ref === "-" || isUrlReference(ref)) return undefined;
  return resolve(cwd, ref);
}

function markerPath(target: string, absolute: string): string {
  return relative(target, absolute).split(sep).join("/");
}

export function cacheKey(options: ResolvedOptions, target: string, inputs: InputHash[]): string {
  const entry = localPath(options.input, options.cwd);
  return sha256(
    JSON.stringify({
      generator: generatorFingerprint(),
      input: options.input,
      entry: entry === undefined ? null : markerPath(target, entry),
      groupBy: options.groupBy,
      baseUrl: options.baseUrl ?? null,
      format: options.format,
      query: options.query ?? null,
      pagination: options.pagination ?? null,
      inputs: [...inputs].sort((a, b) => (a.path < b.path ? -1 : 1)),
    }),
  );
}

/** Hashes, taken now, of the entry document and of every file the previous run read. */
export async function snapshotInputs(
  options: ResolvedOptions,
  target: string,
  marker: Marker | null | undefined,
): Promise<InputSnapshot> {
  const paths = new Set<string>();
  const entry = localPath(options.input, options.cwd);
  if (entry !== undefined) paths.add(entry);
  for (const input of marker?.inputs ?? []) paths.add(resolve(target, input.path));
  const snapshot: InputSnapshot = new Map();
  await Promise.all([...paths].map(async (path) => snapshot.set(path, await hashFile(path))));
  return snapshot;
}

/** True when the previous run's key still holds and its files are on disk unchanged. */
export async function isUpToDate(
  options: ResolvedOptions,
  target: string,
  marker: Marker | null | undefined,
  snapshot: InputSnapshot,
): Promise<boolean> {
  if (!marker || marker.key === null || localPath(options.input, options.cwd) === undefined) return false;
  const inputs: InputHash[] = [];
  for (const input of marker.inputs) {
    const hash = snapshot.get(resolve(target, input.path));
    if (hash === undefined) return false;
    inputs.push({ path: input.path, sha256: hash });
  }
  if (cacheKey(options, target, inputs) !== marker.key) return false;
  return filesMatch(target, marker.files);
}

async function filesMatch(target: string, files: Record<string, string>): Promise<boolean> {
  const checks = await Promise.all(
    Object.entries(files).map(async ([path, hash]) => (await hashFile(join(target, path))) === hash),
  );
  return checks.every(Boolean);
}

/**
 * The key and input list to record after rendering. Not cacheable (key null) when an input
 * is remote, or when a file changed between the snapshot and now: the output may then
 * reflect either version, so the next run must render again. The entry's hash is that of the
 * bytes load/ read (GitHub's 13 MB would otherwise be read and hashed a third time); should the
 * file change after that read, the next run finds a different hash and renders again.
 */
export async function recordInputs(
  options: ResolvedOptions,
  target: string,
  read: { documentFiles: readonly string[]; entrySha256?: string },
  snapshot: InputSnapshot,
): Promise<{ key: string | null; inputs: InputHash[] }> {
  const entry = localPath(options.input, options.cwd);
  const paths = [entry, ...read.documentFiles.map((file) => localPath(file, options.cwd))];
  if (paths.some((path) => path === undefined)) return { key: null, inputs: [] };
  const unique = [...new Set(paths as string[])];
  const inputs: InputHash[] = [];
  for (const path of unique) {
    const now = path === entry && read.entrySha256 !== undefined ? read.entrySha256 : await hashFile(path);
    const before = snapshot.get(path);
    if (now === undefined || (snapshot.has(path) && before !== now)) return { key: null, inputs: [] };
    inputs.push({ path: markerPath(target, path), sha256: now });
  }
  return { key: cacheKey(options, target, inputs), inputs };
}
