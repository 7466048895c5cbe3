// Typed errors of the generator. Stages throw them; only the CLI turns them into exit codes
// and printed lines, so the programmatic API hands the same objects to its callers.

export interface SourceLocation {
  /** The document's file path or URL as the user gave it. */
  file: string;
  /** JSON pointer, always starting with `#`, e.g. `#/paths/~1pets/get`. */
  pointer?: string;
  line?: number;
  column?: number;
}

export type ErrorKind = "input" | "invalid" | "usage" | "output" | "internal";

export class KeywayError extends Error {
  override name = "KeywayError";
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly location?: SourceLocation,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The document could not be read: missing file, unreachable URL, unreadable stdin. */
export class InputError extends KeywayError {
  override name = "InputError";
  constructor(message: string, location?: SourceLocation, options?: { cause?: unknown }) {
    super("input", message, location, options);
  }
}

/** What kind of problem a document has, for callers that branch on it rather than on wording. */
export type ProblemCode =
  | "syntax"
  | "not-openapi"
  | "unsupported-version"
  | "unresolved-ref"
  | "structure"
  | "conversion";

export interface DocumentProblem {
  message: string;
  location: SourceLocation;
  code?: ProblemCode;
}

/** The document was read but is not a valid OpenAPI document; `problems` lists every problem found. */
export class InvalidDocumentError extends KeywayError {
  override name = "InvalidDocumentError";
  constructor(
    readonly problems: DocumentProblem[],
  ) {
    super("invalid", problems[0]?.message ?? "invalid document", problems[0]?.location);
  }
}

/** The options are wrong: unknown flag values, missing input, a bad config file. */
export class UsageError extends KeywayError {
  override name = "UsageError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("usage", message, undefined, options);
  }
}

/** The output could not be written, or is not ours to overwrite. */
export class OutputError extends KeywayError {
  override name = "OutputError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("output", message, undefined, options);
  }
}

/** One line a user can act on: `api.yaml#/paths/~1pets/get (41:9): message`. */
export function formatLocation(location: SourceLocation): string {
  // The root pointer `#` says nothing a line number does not.
  const where = location.pointer && location.pointer !== "#" ? `${location.file}${location.pointer}` : location.file;
  if (location.line === undefined) return where;
  const at = location.column === undefined ? `line ${location.line}` : `${location.line}:${location.column}`;
  return `${where} (${at})`;
}
