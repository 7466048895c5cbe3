/** One emitted file, path relative to the output folder with `/` separators. */
export interface GeneratedFile {
  path: string;
  contents: string;
}
