// Every helper that prints spec text escapes it for the context it lands in, so a hostile
// document can not break out of a string, a comment or an identifier.
import type { Doc } from "../model/types.js";

/** A JavaScript/TypeScript string literal. U+2028/2029 are escaped for pre-ES2019 parsers. */
export function str(value: unknown): string {
  return JSON.stringify(String(value)).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
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

/** A literal expression for plain data (the operation specs, the scheme map). */
export function literal(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value === "boolean" || typeof value === "number") return String(value);
  if (typeof value === "string") return str(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{ ${entries.map(([k, v]) => `${key(k)}: ${literal(v)}`).join(", ")} }`;
}

/** Text inside a block comment: `*\/` can not close it, and `@` can not start a stray tag. */
function commentText(text: string): string[] {
  return text
    .replace(/\*\//g, "*\\/")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/^(\s*)@/, "$1\\@").trimEnd());
}

/** A whole JSDoc block from a Doc, or nothing when there is nothing to say. */
export function jsdoc(doc: Doc | undefined, extra?: { params?: string[] }): string {
  const lines: string[] = [];
  if (doc?.summary) lines.push(...commentText(doc.summary));
  if (doc?.description) {
    if (lines.length > 0) lines.push("");
    lines.push(...commentText(doc.description));
  }
  for (const param of extra?.params ?? []) lines.push(...commentText(param));
  if (doc?.externalDocs) {
    const { url, description } = doc.externalDocs;
    lines.push(`@see ${commentText(description ? `${url} ${description}` : url).join(" ")}`);
  }
  if (doc?.deprecated) lines.push("@deprecated");
  if (lines.length === 0) return "";
  return ["/**", ...lines.map((line) => (line ? ` * ${line}` : " *")), " */"].join("\n");
}

export const helpers = { str, ident, literal, jsdoc, eq: (a: unknown, b: unknown) => a === b };
