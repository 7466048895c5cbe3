// Every helper that prints document text escapes it for the context it lands in, so a hostile
// document can not break out of a string, a comment or an identifier.
import type { ArgumentDoc, Doc } from "../model/types.js";

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

const LINE = 90;

/**
 * A literal expression for plain data (the scheme descriptors, the server lists): on one line
 * when it fits, else one member per line, so unformatted output still reads well.
 */
export function literal(value: unknown, indent = ""): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value === "boolean" || typeof value === "number") return String(value);
  if (typeof value === "string") return str(value);
  const inner = `${indent}  `;
  const [open, close, members] = Array.isArray(value)
    ? ["[", "]", value.map((v) => literal(v, inner))]
    : [
        "{",
        "}",
        Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => `${key(k)}: ${literal(v, inner)}`),
      ];
  if (members.length === 0) return `${open}${close}`;
  const pad = open === "{" ? " " : "";
  const flat = `${open}${pad}${members.join(", ")}${pad}${close}`;
  if (flat.length + indent.length <= LINE && !flat.includes("\n")) return flat;
  return `${open}\n${members.map((m) => `${inner}${m},`).join("\n")}\n${indent}${close}`;
}

/**
 * Plain data as JSON text in one single-quoted string literal. The operation descriptors are
 * printed this way and parsed by the runtime on first call (runtime/call-operation.ts): tsc reads one
 * string literal per operation, where an object literal checked against OperationDescriptor cost
 * it a sixth of the types and 40% of the symbols of the GitHub client (bench/lib/typecheck.mjs).
 */
export function json(value: unknown): string {
  const text = JSON.stringify(value).replace(/[\\']/g, "\\$&");
  return `'${text.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")}'`;
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

export const helpers = {
  str,
  ident,
  // Handlebars passes its options object last; literal's own second parameter is internal.
  literal: (value: unknown) => literal(value),
  json,
  // `{{jsdoc doc params=argumentDocs}}`: Handlebars passes hash arguments in its options.
  jsdoc: (doc: Doc | undefined, options: { hash?: { params?: ArgumentDoc[] } }) => jsdoc(doc, { params: options.hash?.params }),
};
