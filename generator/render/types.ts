import { concat } from "../rope.js";

/** One emitted file, path relative to the output folder with `/` separators. */
export interface GeneratedFile {
  path: string;
  contents: string;
  /**
   * Set on the files that grow with the document (schema.ts, operations.ts): `contents` is
   * these joined, as a rope of them, and write/ hashes and writes them a batch at a time, so the
   * whole text is never copied into one string (see ../rope.ts).
   */
  parts?: readonly string[];
}

/** A file whose text is `parts`, in order. */
export function fileOfParts(path: string, parts: readonly string[]): GeneratedFile {
  return { path, contents: concat(parts), parts };
}
