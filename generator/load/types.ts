import type { OpenAPI3 } from "openapi-typescript";
import type { DocumentProblem, SourceLocation } from "../errors.js";

/**
 * What load/ hands to every later stage: one self-contained OpenAPI 3.1-shaped document
 * (external $refs bundled in, Swagger 2.0 converted), plus a way to point back at the source.
 */
export interface LoadedDocument {
  document: OpenAPI3;
  /** The input as the user named it (path, URL or `-`), for messages. */
  source: string;
  /** sha256 (hex) of the raw bytes of the entry document, for the output header and cache. */
  sha256: string;
  /** Every local file or URL the document was assembled from (for --watch and the cache). */
  files: string[];
  /** The OpenAPI (or Swagger) version the input declared, before conversion. */
  inputVersion: string;
  /** Where a JSON pointer of `document` came from, with line and column when known. */
  locate(pointer: string): SourceLocation;
  /**
   * Swagger 2.0 input only: what the conversion to OpenAPI 3 could not carry over losslessly
   * (e.g. `collectionFormat: tsv`), at pointers of `document`. Reporting them is the model's job.
   */
  conversionWarnings?: { pointer: string; message: string }[];
  /** What the checks found that generation can work around, located in the source already. */
  warnings?: DocumentProblem[];
  /**
   * True when `document` is the entry's value exactly as parsed (nothing bundled or
   * converted): a copy taken of it early, through LoadOptions.onEntryParsed, still holds.
   */
  entryAsParsed: boolean;
}
