// Parameter serialization: the style table of OpenAPI 3.1 §4.8.12.4 ("Style Examples").
// For a parameter `color` with "blue" / ["blue","black","brown"] / {R:100,G:200,B:150}:
//
//   style          explode  empty    string       array                              object
//   matrix         false    ;color   ;color=blue  ;color=blue,black,brown            ;color=R,100,G,200,B,150
//   matrix         true     ;color   ;color=blue  ;color=blue;color=black;color=brown ;R=100;G=200;B=150
//   label          false    .        .blue        .blue,black,brown                  .R,100,G,200,B,150
//   label          true     .        .blue        .blue.black.brown                  .R=100.G=200.B=150
//   form           false    color=   color=blue   color=blue,black,brown             color=R,100,G,200,B,150
//   form           true     color=   color=blue   color=blue&color=black&color=brown R=100&G=200&B=150
//   simple         false             blue         blue,black,brown                   R,100,G,200,B,150
//   simple         true              blue         blue,black,brown                   R=100,G=200,B=150
//   spaceDelimited false                          color=blue%20black%20brown         color=R%20100%20G%20200%20B%20150
//   pipeDelimited  false                          color=blue%7Cblack%7Cbrown         color=R%7C100%7CG%7C200%7CB%7C150
//   deepObject     true                                                              color[R]=100&color[G]=200&color[B]=150
//
// The delimited rows follow 3.1.1, which added the parameter name and encodes "|" (a
// character RFC 3986 does not allow in a query). "empty" is a `null` value; `undefined`
// means "not sent" and never reaches this module.
//
// One export per style, so a bundle keeps only those its document uses: `simple` and `form`
// (the defaults, OpenAPI 3.1 §4.8.12.2) are always there; the generated security.ts hands the
// others over in ApiDescriptor.codecs (contracts.ts), importing each one it needs.
import type { PairStyle, SegmentStyle, StyleCodecs, StyleInput } from "./contracts.js";
import type { ParameterStyle } from "./descriptors.js";

type Shape =
  | { kind: "empty" }
  | { kind: "primitive"; value: string }
  | { kind: "array"; items: string[] }
  | { kind: "object"; entries: [string, string][] };

/** The path-position rows (matrix, label, simple): one string that replaces `{name}`. */
function segment(input: StyleInput, prefix: string, named: boolean): string {
  const { explode, encode } = input;
  const shape = shapeOf(input.value, encode);
  const n = encode(input.name);
  // The exploded separator is the prefix itself (";", "."), or "," for simple.
  const sep = prefix || ",";
  const withName = (v: string): string => (named ? `${n}=${v}` : v);
  if (shape.kind === "empty") return named ? `;${n}` : prefix;
  if (shape.kind === "primitive") return prefix + withName(shape.value);
  if (shape.kind === "array") return prefix + (explode ? shape.items.map(withName).join(sep) : withName(shape.items.join(",")));
  if (explode) return prefix + shape.entries.map(([k, v]) => `${k}=${v}`).join(sep);
  return prefix + withName(shape.entries.flat().join(","));
}

export const simple: SegmentStyle = (input) => segment(input, "", false);
export const label: SegmentStyle = (input) => segment(input, ".", false);
export const matrix: SegmentStyle = (input) => segment(input, ";", true);

/** The query rows (form and the delimited styles): `name=value` pairs, joined by the caller. */
function pairs(input: StyleInput, delimiter: string): string[] {
  const { explode, encode } = input;
  const shape = shapeOf(input.value, encode);
  const n = encode(input.name);
  if (shape.kind === "empty") return [`${n}=`];
  if (shape.kind === "primitive") return [`${n}=${shape.value}`];
  if (shape.kind === "array") return explode ? shape.items.map((v) => `${n}=${v}`) : [`${n}=${shape.items.join(delimiter)}`];
  if (explode) return shape.entries.map(([k, v]) => `${k}=${v}`);
  return [`${n}=${shape.entries.flat().join(delimiter)}`];
}

export const form: PairStyle = (input) => pairs(input, ",");
export const spaceDelimited: PairStyle = (input) => pairs(input, "%20");
export const pipeDelimited: PairStyle = (input) => pairs(input, "%7C");

// The table stops at one level; nested objects follow the common `a[b][c]=v` convention.
export const deepObject: PairStyle = (input) => deepPairs(input.encode(input.name), input.value, input.encode);

function deepPairs(prefix: string, value: unknown, encode: StyleInput["encode"]): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item) => deepPairs(prefix, item, encode));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([k, v]) => deepPairs(`${prefix}[${encode(k)}]`, v, encode));
  return [`${prefix}=${value === null ? "" : encode(primitiveText(value))}`];
}

/**
 * The serializer of a path style or of a query/form style. The defaults are built in; any
 * other comes from the client's codecs. A query style the table has no row for (an Encoding
 * Object may name any) is read as `form`.
 */
export function segmentStyle(style: ParameterStyle, styles: StyleCodecs | undefined): SegmentStyle {
  return style === "matrix" || style === "label" ? codec(styles, style) : simple;
}

export function pairStyle(style: ParameterStyle, styles: StyleCodecs | undefined): PairStyle {
  return style === "spaceDelimited" || style === "pipeDelimited" || style === "deepObject" ? codec(styles, style) : form;
}

/** §4.8.12.1 `allowReserved`, handed over like the styles by the documents that use it. */
export function reservedEncoder(styles: StyleCodecs | undefined): (value: string) => string {
  return codec(styles, "allowReserved");
}

function codec<K extends keyof StyleCodecs>(styles: StyleCodecs | undefined, style: K): NonNullable<StyleCodecs[K]> {
  const serializer = styles?.[style];
  if (serializer === undefined) throw new TypeError(`keyway: no serializer for ${style}; ApiDescriptor.codecs.style must include it (generated security.ts does)`);
  return serializer as NonNullable<StyleCodecs[K]>;
}

function shapeOf(value: unknown, encode: StyleInput["encode"]): Shape {
  if (value === null || (Array.isArray(value) && value.length === 0)) return { kind: "empty" };
  if (Array.isArray(value)) {
    return { kind: "array", items: value.filter((v) => v !== undefined).map((v) => encode(primitiveText(v))) };
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return { kind: "object", entries: entries.map(([k, v]) => [encode(k), encode(primitiveText(v))]) };
  }
  return { kind: "primitive", value: encode(primitiveText(value)) };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Dates are sent as RFC 3339 (JSON Schema `format: date-time`); nested objects as JSON. */
export function primitiveText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
