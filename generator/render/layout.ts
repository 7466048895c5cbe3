// Where a line of the generated code breaks, decided the way prettier 3 decides it (printWidth
// 100, the project's options), so the output is what prettier would print and prettier need not
// run (test/generator/render/prettier-identity checks every fixture, real documents and names
// of every length). Templates print each construct fully broken, as prettier prints it when it
// does not fit; these block helpers join it back onto one line when prettier would. Only the
// shapes our templates print are handled: everything else is printed as the template has it.

export const PRINT_WIDTH = 100;

/**
 * Columns a line takes as prettier counts them (its getStringWidth): East Asian wide and
 * fullwidth characters two, combining marks none. Generated lines are ASCII but for names,
 * paths and media types from the document.
 */
export function width(text: string): number {
  if (!/[^\x20-\x7e]/.test(text)) return text.length;
  let columns = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f)) continue;
    columns += isWide(code) ? 2 : 1;
  }
  return columns;
}

const WIDE: [number, number][] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf],
  [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
const isWide = (code: number): boolean => WIDE.some(([from, to]) => code >= from && code <= to);

const fits = (line: string): boolean => width(line) <= PRINT_WIDTH;
const indentOf = (line: string): string => /^ */.exec(line)?.[0] ?? "";

/** Splits at `separator` outside brackets, parentheses, braces and string literals. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === "\\") i++;
      else if (char === quote) quote = "";
    } else if (char === '"' || char === "'" || char === "`") quote = char;
    else if ("<([{".includes(char ?? "")) depth++;
    else if (">)]}".includes(char ?? "") && !(char === ">" && text[i - 1] === "=")) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * A group: `head(` / one item per line / `)tail`, as prettier breaks parameters, arguments,
 * type parameters and import specifiers. It goes on one line when that line fits and no item
 * spans lines; `{` gets spaces inside, as prettier prints import braces.
 */
export function fit(text: string): string {
  const lines = text.split("\n");
  if (lines.length < 3) return text;
  const first = lines[0] ?? "";
  const last = lines[lines.length - 1] ?? "";
  const inner = `${indentOf(first)}  `;
  const items = lines.slice(1, -1);
  if (items.some((item) => indentOf(item) !== inner)) return text;
  const open = first.slice(-1);
  const pad = open === "{" ? " " : "";
  const joined = items.map((item) => item.trim()).join(" ").replace(/,$/, "");
  const flat = `${first}${pad}${joined}${pad}${last.trimStart()}`;
  return fits(flat) ? flat : text;
}

/**
 * A function declaration with type parameters, printed by the template fully broken:
 * `head<` / type parameters / `>(` / parameters / `) {`. prettier tries the whole on one line,
 * then the type parameters on the first line with the parameters broken, then the type
 * parameters broken with the parameters after them on one line if they fit there.
 */
export function signature(text: string): string {
  const lines = text.split("\n");
  const middle = lines.indexOf(">(");
  if (middle < 2 || lines.length < middle + 2) return text;
  const typeParameters = lines.slice(0, middle + 1).join("\n");
  const rest = lines.slice(middle + 1);
  const flatTypes = fit(typeParameters);
  if (flatTypes.includes("\n")) {
    const params = fit([">(", ...rest].join("\n"));
    return `${lines.slice(0, middle).join("\n")}\n${params}`;
  }
  const whole = fit([flatTypes, ...rest].join("\n"));
  return whole;
}

/** `left = right;` with a right side that has no break of its own (a string, an indexed type). */
export function assign(text: string): string {
  if (fits(text) || text.includes("\n")) return text;
  const at = text.indexOf(" = ");
  if (at < 0) return text;
  return `${text.slice(0, at)} =\n${indentOf(text)}  ${text.slice(at + 3)}`;
}

/**
 * A type reference with type arguments (`ApiError<404, T>`, `NonNullable<T>["content"]`)
 * broken as prettier breaks it: one argument per line, no trailing comma; an argument whose
 * line is still too long is broken the same way (`Writable<NonNullable<…>[…]>`,
 * `ApiError<404, Readable<…>>`). Anything else as is.
 */
function breakTypeArguments(type: string, indent: string): string {
  const match = /^([A-Za-z_$][\w$]*)</.exec(type);
  if (!match) return type;
  const open = match[0].length - 1;
  const close = closingAngle(type, open);
  if (close < 0) return type;
  const args = splitTopLevel(type.slice(open + 1, close), ", ");
  const inner = `${indent}  `;
  const lines = args.map((arg, i) => (fits(`${inner}${arg}${i < args.length - 1 ? "," : ""}`) ? `${inner}${arg}` : `${inner}${breakTypeArguments(arg, inner)}`));
  return `${match[1]}<\n${lines.join(",\n")}\n${indent}>${type.slice(close + 1)}`;
}

/** The `>` that closes the `<` at `open`, or -1. */
function closingAngle(text: string, open: number): number {
  let depth = 0;
  let quote = "";
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === "\\") i++;
      else if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "<") depth++;
    else if (char === ">" && text[i - 1] !== "=" && --depth === 0) return i;
  }
  return -1;
}

/**
 * An object type member on one line, `  key?: T;`. Too long, prettier breaks a union after the
 * colon, one member per line, and a type reference inside its type arguments.
 */
export function member(text: string): string {
  if (fits(text) || text.includes("\n")) return text;
  const indent = indentOf(text);
  const colon = splitTopLevel(text.trim(), ": ");
  if (colon.length < 2) return text;
  const key = colon[0] ?? "";
  const type = colon.slice(1).join(": ").replace(/;$/, "");
  const members = splitTopLevel(type, " | ");
  if (members.length > 1) return `${indent}${key}:\n${members.map((m) => `${indent}  | ${m}`).join("\n")};`;
  return `${indent}${key}: ${breakTypeArguments(type, indent)};`;
}

/**
 * `head = {` / members / `};`: an object type prettier keeps broken. When even its first line
 * is too long, prettier moves the object after the `=`, indented (its "fluid" layout).
 */
export function object(text: string): string {
  const lines = text.split("\n");
  const first = lines[0] ?? "";
  if (fits(first) || !first.endsWith(" = {")) return text;
  const rest = [first.slice(0, -2), "  {", ...lines.slice(1).map((line) => `  ${line}`)];
  return rest.join("\n");
}

/**
 * A type alias whose right side is a union, printed by the template as prettier breaks it:
 * `head =`, then `  | member` lines (a member may span lines), then `;`. prettier puts it on
 * one line when that fits, else after the `=` on one line when that fits, else one member per
 * line, breaking a member's type arguments when its own line is too long. A union of one is
 * no union: the member follows the `=`, broken within itself when it must.
 */
export function union(text: string): string {
  // The template's `{{/each}};` may leave the semicolon on a line of its own.
  const lines = text.replace(/\n?;$/, "").split("\n");
  const head = lines[0] ?? "";
  const members: string[][] = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith("  | ")) members.push([line.slice(4)]);
    else members[members.length - 1]?.push(line);
  }
  if (members.length === 0) return text;
  const flat = members.every((m) => m.length === 1)
    ? members.flatMap((m) => splitTopLevel(m[0] ?? "", " | "))
    : undefined;
  if (!flat) {
    if (members.length > 1) return `${lines.join("\n")};`;
    const only = members[0] ?? [];
    return object(`${head} ${[only[0], ...only.slice(1).map((line) => line.slice(4))].join("\n")};`);
  }
  const oneLine = `${head} ${flat.join(" | ")};`;
  if (fits(oneLine)) return oneLine;
  if (flat.length === 1) {
    const type = flat[0] ?? "";
    const broken = breakTypeArguments(type, "");
    // prettier's "fluid" assignment: the right side stays after `=` when it fits up to its
    // first break (`ApiError<`), else it moves to the next line, where it breaks only if it must.
    if (broken !== type && fits(`${head} ${broken.split("\n")[0]}`)) return `${head} ${broken};`;
    return `${head}\n  ${fits(`  ${type};`) ? type : breakTypeArguments(type, "  ")};`;
  }
  const afterEquals = `  ${flat.join(" | ")};`;
  if (fits(afterEquals)) return `${head}\n${afterEquals}`;
  const printed = flat.map((type, i) => {
    const line = `  | ${type}${i === flat.length - 1 ? ";" : ""}`;
    return fits(line) ? `  | ${type}` : `  | ${breakTypeArguments(type, "    ")}`;
  });
  return `${head}\n${printed.join("\n")};`;
}
