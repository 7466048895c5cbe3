// The marker file: proof that a folder is keyway's (so stale files may be removed and the
// folder replaced), the list of files it wrote, and the cache key of the run that wrote them.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GenerationWarning } from "../options.js";

export const MARKER_FILE = ".keyway";

export interface InputHash {
  /** Relative to the output folder, `/`-separated, so the marker is the same on every machine. */
  path: string;
  sha256: string;
}

export interface Marker {
  generator: "keyway";
  version: string;
  /** null when the run can not be cached (URL or stdin input, or an input changed mid-run). */
  key: string | null;
  operations: number;
  inputs: InputHash[];
  /** Every file keyway wrote, relative path -> sha256 of its bytes. */
  files: Record<string, string>;
  /** Replayed on a cached run, so CI sees the same warnings every time. */
  warnings: GenerationWarning[];
  /** Read only: entries of `files` that leave the folder, dropped when it was read (never written). */
  outside?: string[];
}

/** A path keyway may write or remove inside its folder: relative, `/`-separated, no `..`, `.` or empty part. */
export function isPlainRelativePath(path: string): boolean {
  const parts = path.split("/");
  return !path.startsWith("/") && !/^[A-Za-z]:|\\/.test(path) && parts.every((part) => part !== ".." && part !== "." && part !== "");
}

/** The marker in `folder`; `null` if the file is there but unreadable (still keyway's folder). */
export async function readMarker(folder: string): Promise<Marker | null | undefined> {
  let text: string;
  try {
    text = await readFile(join(folder, MARKER_FILE), "utf8");
  } catch (error) {
    if (isCode(error, "ENOENT") || isCode(error, "ENOTDIR")) return undefined;
    throw error;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isMarker(parsed) ? withinFolder(parsed) : null;
  } catch {
    return null;
  }
}

function isMarker(value: unknown): value is Marker {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    m.generator === "keyway" &&
    typeof m.operations === "number" &&
    Array.isArray(m.inputs) &&
    Array.isArray(m.warnings) &&
    typeof m.files === "object" &&
    m.files !== null
  );
}

/** A marker is a file anyone can edit: an entry like `../../victim.txt` is never ours to remove. */
function withinFolder(marker: Marker): Marker {
  const outside = Object.keys(marker.files).filter((path) => !isPlainRelativePath(path));
  if (outside.length === 0) return marker;
  const files = Object.fromEntries(Object.entries(marker.files).filter(([path]) => isPlainRelativePath(path)));
  return { ...marker, files, outside };
}

/** Fixed key order and sorted file list: the same run always gives the same bytes. */
export function serializeMarker(marker: Marker): string {
  const files = Object.fromEntries(Object.entries(marker.files).sort(([a], [b]) => (a < b ? -1 : 1)));
  const ordered: Marker = {
    generator: "keyway",
    version: marker.version,
    key: marker.key,
    operations: marker.operations,
    inputs: [...marker.inputs].sort((a, b) => (a.path < b.path ? -1 : 1)),
    files,
    warnings: marker.warnings,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
