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
import type { ParameterStyle } from "./descriptors.js";
import type { Encoder } from "./encode.js";

export interface StyleInput {
  name: string;
  style: ParameterStyle;
  explode: boolean;
  value: unknown;
  /** Encodes names and values; delimiters the style itself adds are never encoded. */
  encode: Encoder;
}

type Shape =
  | { kind: "empty" }
  | { kind: "primitive"; value: string }
  | { kind: "array"; items: string[] }
  | { kind: "object"; entries: [string, string][] };

/** Path-position styles (matrix, label, simple): one string that replaces `{name}`. */
export function styleSegment(input: StyleInput): string {
  const { name, style, explode, encode } = input;
  const shape = shapeOf(input.value, encode);
  const n = encode(name);
  if (shape.kind === "empty") return style === "matrix" ? `;${n}` : style === "label" ? "." : "";
  const [prefix, sep] = style === "matrix" ? [";", ";"] : style === "label" ? [".", "."] : ["", ","];
  const named = (v: string): string => (style === "matrix" ? `${n}=${v}` : v);
  if (shape.kind === "primitive") return prefix + named(shape.value);
  if (shape.kind === "array") {
    return prefix + (explode ? shape.items.map(named).join(sep) : named(shape.items.join(",")));
  }
  if (explode) return prefix + shape.entries.map(([k, v]) => `${k}=${v}`).join(sep);
  return prefix + named(shape.entries.flat().join(","));
}

/** Query/cookie/form styles: a list of `name=value` pairs, joined by the caller. */
export function stylePairs(input: StyleInput): string[] {
  const { name, style, explode, encode } = input;
  const shape = shapeOf(input.value, encode);
  const n = encode(name);
  if (style === "deepObject") return deepObjectPairs(n, input.value, encode);
  if (shape.kind === "empty") return [`${n}=`];
  if (shape.kind === "primitive") return [`${n}=${shape.value}`];
  const delimiter = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "%7C" : ",";
  if (shape.kind === "array") {
    return explode ? shape.items.map((v) => `${n}=${v}`) : [`${n}=${shape.items.join(delimiter)}`];
  }
  if (explode) return shape.entries.map(([k, v]) => `${k}=${v}`);
  return [`${n}=${shape.entries.flat().join(delimiter)}`];
}

// The table stops at one level; nested objects follow the common `a[b][c]=v` convention.
function deepObjectPairs(prefix: string, value: unknown, encode: Encoder): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item) => deepObjectPairs(prefix, item, encode));
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([k, v]) => deepObjectPairs(`${prefix}[${encode(k)}]`, v, encode));
  }
  return [`${prefix}=${value === null ? "" : encode(primitiveText(value))}`];
}

function shapeOf(value: unknown, encode: Encoder): Shape {
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
