// The two texts in schema.ts whose bytes are not just the nodes' own: string literals and
// JSDoc comments. Both follow what TypeScript's printer (astToString) has always written for
// openapi-typescript's nodes, so that schema.ts stays byte for byte what it was; the
// differential test in test/generator/types/ holds this to that.

/** Characters a double-quoted literal cannot hold as they are, by their two-character escape. */
const SHORT_ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r",
};

/** Everything escaped: `\`, `"`, C0 controls, and every UTF-16 unit past ASCII (DEL stays). */
const ESCAPED = /[\\"\u0000-\u001f\u0080-\uffff]/g;

/** `\uXXXX` with upper-case hex, one per UTF-16 unit: an emoji becomes its surrogate pair. */
const unicodeEscape = (unit: number): string => `\\u${unit.toString(16).toUpperCase().padStart(4, "0")}`;

function escapeOne(char: string, offset: number, whole: string): string {
  // NUL is `\0`, except before a digit, where `\0` and the digit would read as an octal escape.
  if (char === "\0") return /[0-9]/.test(whole.charAt(offset + 1)) ? "\\x00" : "\\0";
  return SHORT_ESCAPES[char] ?? unicodeEscape(char.charCodeAt(0));
}

/**
 * A string literal as the printer writes it: double quotes, and ASCII only, so that schema.ts
 * reads the same in any editor (a key like `"café"` is written `"caf\u00E9"`).
 */
export function quoted(text: string): string {
  return `"${text.replace(ESCAPED, escapeOne)}"`;
}

/** What TypeScript counts as a line break inside a comment (ECMA-262 §12.3 LineTerminator). */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
/** The breaks besides `\n`: openapi-typescript's JSDoc seldom has one, and a split on "\n" is cheaper. */
const RARE_BREAK = /[\r\u2028\u2029]/;

/**
 * TypeScript's single-line whitespace, which sets a comment line's indentation; it differs
 * from String.prototype.trim's set (U+200B and U+0085 count here, and are not trimmed).
 */
const isIndentChar = (unit: number): boolean =>
  unit === 0x20 ||
  unit === 0x09 ||
  unit === 0x0b ||
  unit === 0x0c ||
  unit === 0xa0 ||
  unit === 0x85 ||
  unit === 0x1680 ||
  (unit >= 0x2000 && unit <= 0x200b) ||
  unit === 0x202f ||
  unit === 0x205f ||
  unit === 0x3000 ||
  unit === 0xfeff;

/** A comment line's own indentation in columns: a tab moves to the next multiple of 4. */
function leadingColumns(line: string): number {
  let columns = 0;
  for (let i = 0; i < line.length && isIndentChar(line.charCodeAt(i)); i++) {
    columns = line.charCodeAt(i) === 0x09 ? columns + 4 - (columns % 4) : columns + 1;
  }
  return columns;
}

/**
 * A synthetic `/* … *\/` comment (openapi-typescript's JSDoc) at `indent`, ending in a newline.
 * The printer re-indents every line after the first: the line's own leading whitespace (in
 * columns) after the comment's indentation, then the line trimmed at both ends; a line left
 * empty keeps only the indentation.
 */
export function commentLines(text: string, indent: string): string {
  const lines = `/*${text}*/`.split(RARE_BREAK.test(text) ? LINE_BREAK : "\n");
  let out = indent + lines[0].trim() + "\n";
  for (let i = 1; i < lines.length; i++) out += spaces(indent.length + leadingColumns(lines[i])) + lines[i].trim() + "\n";
  return out;
}

const SPACES: string[] = [];
const spaces = (count: number): string => (SPACES[count] ??= " ".repeat(count));
