// Options resolved once, every default filled in; no stage reads raw CLI or config input.
import { UsageError } from "./errors.js";
import type { PaginationNames } from "./model/pagination.js";

export type GroupBy = "none" | "tag";

/** The query library queries.ts is written for; only TanStack Query so far. */
export type QueryLibrary = "tanstack";

export type { PaginationNames };

/** Something the document does that keyway handled with a compromise; never fatal. */
export interface GenerationWarning {
  /** The file the pointer is in: the entry, or the file a bundled ref came from. */
  file: string;
  pointer: string;
  message: string;
  /** 1-based, where the pointer's value starts in `file`, when the parser knows it. */
  line?: number;
  column?: number;
}

export interface GenerateOptions {
  /** Path, http(s) URL, or `-` for standard input. */
  input: string;
  /** Output folder. */
  output: string;
  groupBy?: GroupBy;
  /** Overrides the document's first server as the generated client's default baseURL. */
  baseUrl?: string;
  /**
   * prettier over the emitted TypeScript (never schema.ts, printed already, nor runtime/).
   * Default `false`: the templates print what prettier would (generator/render/layout.ts), so
   * prettier would change nothing; `true` runs it anyway.
   */
  format?: boolean;
  /** Write nothing; report the files that would change. */
  check?: boolean;
  /** Write into a non-empty folder keyway did not generate. */
  force?: boolean;
  /** Resolve relative paths against this folder (default: process.cwd()). */
  cwd?: string;
  /** Called with each warning as it is found (the CLI prints them to stderr). */
  onWarning?: (warning: GenerationWarning) => void;
  /** Also write queries.ts: query keys and options for this library. */
  query?: QueryLibrary;
  /** The names infinite queries recognise paging by; each list given replaces its default. */
  pagination?: Partial<PaginationNames>;
}

export interface ResolvedOptions {
  input: string;
  output: string;
  groupBy: GroupBy;
  baseUrl?: string;
  format: boolean;
  check: boolean;
  force: boolean;
  cwd: string;
  onWarning: (warning: GenerationWarning) => void;
  query?: QueryLibrary;
  pagination?: Partial<PaginationNames>;
}

export function resolveOptions(options: GenerateOptions): ResolvedOptions {
  // The programmatic API gets the same usage errors as the CLI, as classes.
  if (!options.input) throw new UsageError("missing --input (a file, an http(s) URL, or - for stdin)");
  if (!options.output) throw new UsageError("missing --output (the folder to generate into)");
  if (options.groupBy !== undefined && options.groupBy !== "none" && options.groupBy !== "tag") {
    throw new UsageError(`--group-by must be "none" or "tag", not "${String(options.groupBy)}"`);
  }
  if (options.query !== undefined && options.query !== "tanstack") {
    throw new UsageError(`--query must be "tanstack", not "${String(options.query)}"`);
  }
  return {
    query: options.query,
    pagination: options.pagination,
    input: options.input,
    output: options.output,
    groupBy: options.groupBy ?? "none",
    baseUrl: options.baseUrl,
    format: options.format ?? false,
    check: options.check ?? false,
    force: options.force ?? false,
    cwd: options.cwd ?? process.cwd(),
    onWarning: options.onWarning ?? (() => {}),
  };
}
