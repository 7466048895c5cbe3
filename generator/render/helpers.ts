// Every helper that prints document text escapes it for the context it lands in, so a hostile
// document can not break out of a string, a comment or an identifier.
import type { ArgumentDoc, Doc } from "../model/types.js";
import { PRINT_WIDTH, assign, fit, member, object, signature, union, width } from "./layout.js";

/**
 * A string literal quoted as prettier quotes it: double quotes unless the text holds more of
 * them than single quotes, only the enclosing quote escaped. `raw` is the text between the
 * quotes with every other escape already in place.
 */
function quote(raw: string): string {
  const singles = count(raw, "'");
  // Most text has no single quote and no escaped double quote, so there is no escape to
  // change: an operation descriptor's JSON has bare double quotes only (its backslashes are
  // doubled), a name or path none at all.
  if (singles === 0 && !raw.includes('\\"')) return raw.includes('"') ? `'${raw}'` : `"${raw}"`;
  const enclosing = count(raw, '"') > singles ? "'" : '"';
  const body = raw.replace(/\\(.)|(["'])/gsu, (match: string, escaped?: string, bare?: string) => {
    if (bare !== undefined) return bare === enclosing ? `\\${bare}` : bare;
    if (escaped === '"' || escaped === "'") return escaped === enclosing ? match : escaped;
    return match;
  });
  return `${enclosing}${body}${enclosing}`;
}

function count(text: string, char: string): number {
  let found = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) found++;
  return found;
}

/** U+2028/2029 are escaped for pre-ES2019 parsers. */
const lineSeparators = (text: string): string =>
  /[\u2028\u2029]/.test(text) ? text.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029") : text;

/** A JavaScript/TypeScript string literal. */
export function str(value: unknown): string {
  return quote(lineSeparators(JSON.stringify(String(value)).slice(1, -1)));
}

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_$]*$/u;

/** Names reach templates already made safe by the model; this refuses anything else. */
export function ident(value: unknown): string {
  const name = String(value);
  if (!IDENTIFIER.test(name) || name === "__proto__") throw new Error(`not a safe identifier: ${str(name)}`);
  return name;
}

/** A property key: bare when it is a plain identifier, quoted otherwise; `__proto__` computed. */
function key(name: string): string {
  if (name === "__proto__") return `[${str(name)}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : str(name);
}

/**
 * `key: value` in an object literal. prettier moves a string that does not fit to the next
 * line, unless the key is shorter than 5 columns (its assignment layout, "break-after-operator").
 */
export function property(name: string, value: string, indent: string): string {
  const line = `${indent}${name}: ${value},`;
  if (!value.startsWith('"') && !value.startsWith("'")) return `${name}: ${value}`;
  if (width(line) <= PRINT_WIDTH || width(name) < 5) return `${name}: ${value}`;
  return `${name}:\n${indent}  ${value}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A literal expression for plain data (the scheme descriptors, the server lists). Objects are
 * printed one member per line, which prettier keeps; an array goes on one line when that line
 * (`prefix` before it, `suffix` after) fits, as prettier decides.
 */
export function literal(value: unknown, indent = "", prefix = "", suffix = "", expand = false): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value === "boolean" || typeof value === "number") return String(value);
  if (typeof value === "string") return str(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((v) => literal(v, inner, "", ","));
    if (items.length === 0) return "[]";
    const flat = `[${items.join(", ")}]`;
    // prettier breaks an array of two or more objects (or arrays) of two or more members each.
    const objects =
      items.length > 1 &&
      (value.every((v) => isRecord(v) && Object.values(v).filter((x) => x !== undefined).length > 1) ||
        value.every((v) => Array.isArray(v) && v.length > 1));
    if (!objects && !flat.includes("\n") && width(`${indent}${prefix}${flat}${suffix}`) <= PRINT_WIDTH) return flat;
    return `[\n${items.map((m) => `${inner}${m},`).join("\n")}\n${indent}]`;
  }
  const members = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => property(key(k), literal(v, inner, `${key(k)}: `, ","), inner));
  if (members.length === 0) return "{}";
  const flat = `{ ${members.join(", ")} }`;
  if (!expand && !flat.includes("\n") && width(`${indent}${prefix}${flat}${suffix}`) <= PRINT_WIDTH) return flat;
  return `{\n${members.map((m) => `${inner}${m},`).join("\n")}\n${indent}}`;
}

/**
 * Plain data as JSON text in one single-quoted string literal. The operation descriptors are
 * printed this way and parsed by the runtime on first call (runtime/call-operation.ts): tsc reads one
 * string literal per operation, where an object literal checked against OperationDescriptor cost
 * it a sixth of the types and 40% of the symbols of the GitHub client (bench/lib/typecheck.mjs).
 */
export function json(value: unknown): string {
  return quote(lineSeparators(JSON.stringify(value).replace(/\\/g, "\\\\")));
}

/** Text inside a block comment: `*\/` can not close it, and `@` can not start a stray tag. */
function commentText(text: string): string[] {
  return text
    .replace(/\*\//g, "*\\/")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/^(\s*)@/, "$1\\@").trimEnd());
}

/** One `@param` line (and its continuation lines) for a part of the argument object. */
function paramLines(param: ArgumentDoc): string[] {
  const name = commentText(`args.${param.name}`).join(" ").replace(/\s/g, "_");
  const text = commentText(`${param.doc.deprecated ? "(deprecated) " : ""}${param.doc.description ?? ""}`);
  return [`@param ${name} ${text[0]}`.trimEnd(), ...text.slice(1)];
}

/** A whole JSDoc block from a Doc, or nothing when there is nothing to say. */
export function jsdoc(doc: Doc | undefined, extra?: { params?: ArgumentDoc[] }): string {
  const lines: string[] = [];
  // Block scalars (`description: |`) end in a newline that would print as an empty line.
  if (doc?.summary) lines.push(...commentText(doc.summary.trimEnd()));
  if (doc?.description) {
    if (lines.length > 0) lines.push("");
    lines.push(...commentText(doc.description.trimEnd()));
  }
  const params = extra?.params ?? [];
  if (params.length > 0 && lines.length > 0) lines.push("");
  for (const param of params) lines.push(...paramLines(param));
  if (doc?.externalDocs) {
    const { url, description } = doc.externalDocs;
    lines.push(`@see ${commentText(description ? `${url} ${description}` : url).join(" ")}`);
  }
  if (doc?.deprecated) lines.push("@deprecated");
  if (lines.length === 0) return "";
  return ["/**", ...lines.map((line) => (line ? ` * ${line}` : " *")), " */"].join("\n");
}

/** A block helper: `{{#fit}}…{{/fit}}` lays out what its block printed. */
type Block = { fn(context: unknown): string };
const block = (layout: (text: string) => string) =>
  function (this: unknown, options: Block): string {
    // The block's own line breaks (after `{{#fit}}`, before `{{/fit}}`) are not part of it.
    const text = options.fn(this);
    let start = 0;
    let end = text.length;
    while (text[start] === "\n") start++;
    while (end > start && text[end - 1] === "\n") end--;
    return `${text.slice(0, start)}${layout(text.slice(start, end))}${text.slice(end)}`;
  };

export const helpers = {
  str,
  ident,
  // Handlebars passes its options object last; literal's own parameters are internal, but for
  // the text before it on its line.
  // `{{literal value prefix="const x = "}}`: `prefix` and `suffix` are the rest of its line,
  // `indent` the line's; `expand` prints a non-empty object one member per line at any width.
  literal: (value: unknown, options: { hash?: { indent?: string; prefix?: string; suffix?: string; expand?: boolean } }) => {
    const { indent = "", prefix = "", suffix = ";", expand = false } = options.hash ?? {};
    return literal(value, indent, prefix, suffix, expand);
  },
  json,
  prop: (name: unknown) => key(String(name)),
  // `{{jsdoc doc params=argumentDocs}}`: Handlebars passes hash arguments in its options.
  // With `indent`, each line is indented and ends in a newline, and no doc prints nothing at
  // all: `{{jsdoc doc indent="  "}}member` leaves no blank line behind.
  jsdoc: (doc: Doc | undefined, options: { hash?: { params?: ArgumentDoc[]; indent?: string } }) => {
    const text = jsdoc(doc, { params: options.hash?.params });
    const indent = options.hash?.indent;
    if (indent === undefined || text === "") return text;
    return text
      .split("\n")
      .map((line) => `${indent}${line}\n`)
      .join("");
  },
  // Line breaking as prettier does it (layout.ts).
  fit: block(fit),
  object: block(object),
  signature: block(signature),
  assign: block(assign),
  member: block(member),
  union: block(union),
};
