// prettier, one top-level statement group at a time, remembering what it printed last run.
// `--watch` regenerates a 100-operation client after a one-line edit: prettier over the whole
// 140 KB operations file costs about 0.2 s even warm, over the few statements that changed a
// few milliseconds. test/generator/format checks, on every fixture, that this prints exactly
// what prettier prints for the whole file.

/**
 * Where a file splits into independently formatted pieces: a blank line followed by a line
 * that starts at column 0. The templates indent everything inside a statement, so such a line
 * begins a top-level statement (or the comment attached to it), and prettier formats
 * top-level statements independently, separated by one blank line.
 */
const STATEMENT_BREAK = /\n\n(?=\S)/;

type Format = (text: string) => Promise<string>;

/** Piece as written -> piece as prettier printed it, for the pieces of the last call. */
let remembered = new Map<string, string>();

/**
 * Formats each text as prettier would whole. Pieces printed by the previous call are reused;
 * the others go to prettier in one call per file, joined as they stood.
 */
export async function formatStatements(texts: string[], format: Format): Promise<string[]> {
  const next = new Map<string, string>();
  const results = await Promise.all(texts.map((text) => formatText(text, format, next)));
  remembered = next;
  return results;
}

async function formatText(text: string, format: Format, next: Map<string, string>): Promise<string> {
  if (text.trim() === "") return format(text);
  const pieces = text.split(STATEMENT_BREAK);
  const missing = [...new Set(pieces.filter((piece) => !remembered.has(piece)))];
  const printed = new Map<string, string>();
  if (missing.length > 0) {
    // A break inside a statement (a multi-line template literal) cuts it in two: prettier
    // rejects a piece, or prints a break of its own and the pieces no longer line up. Then the
    // file is formatted whole and nothing of it is remembered.
    const parts = await format(missing.join("\n\n")).then(split, () => undefined);
    if (parts?.length !== missing.length) return format(text);
    missing.forEach((piece, index) => printed.set(piece, parts[index] ?? ""));
  }
  const out = pieces.map((piece) => {
    const result = printed.get(piece) ?? remembered.get(piece) ?? "";
    next.set(piece, result);
    return result;
  });
  return out.join("\n");
}

/** prettier's output cut back into pieces, each ending in a newline as prettier ends a file. */
function split(formatted: string): string[] {
  return formatted.split(STATEMENT_BREAK).map((part) => (part.endsWith("\n") ? part : `${part}\n`));
}
