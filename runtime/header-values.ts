// Response headers as their schema types, OpenAPI 3.1 §4.8.21 (Header Object) with style
// `simple` (§4.8.12.4): `X-Rate-Limit-Remaining: 42` becomes 42, `X-Ids: 1, 2` becomes [1, 2]
// (RFC 9110 §5.6.1: list items are separated by a comma and optional whitespace). Only the
// `WithResponse` variants of operations that declare such headers reach this module.
//
// A value that does not parse is left as the text the server sent, as a response body is
// never checked against its schema: the caller still sees what arrived, nothing is thrown.
import type { HeaderParse, OperationDescriptor } from "./descriptors.js";
import { forStatus } from "./response.js";

type Scalar = "integer" | "number" | "boolean";

/** The headers of a response to `operation`, those its status declares typed replaced by their values. */
export function parsedHeaders(operation: OperationDescriptor, status: number, headers: Record<string, string>): Record<string, unknown> {
  const table = operation.headers && forStatus(operation.headers, status);
  if (!table) return headers;
  const out: Record<string, unknown> = { ...headers };
  for (const [key, parse] of Object.entries(table)) {
    const text = headers[key];
    if (text !== undefined) out[key] = parseHeader(text, parse);
  }
  return out;
}

export function parseHeader(text: string, parse: HeaderParse): unknown {
  if (parse === "json") {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  if (!parse.endsWith("[]")) return scalar(text.trim(), parse as Scalar) ?? text;
  const items = text.trim() === "" ? [] : text.split(",").map((item) => item.trim());
  if (parse === "string[]") return items;
  const values = items.map((item) => scalar(item, parse.slice(0, -2) as Scalar));
  return values.includes(undefined) ? text : values;
}

/** JSON Schema's integer, number and boolean as JSON spells them; undefined when the text is not one. */
function scalar(text: string, type: Scalar): number | boolean | undefined {
  if (type === "boolean") return text === "true" ? true : text === "false" ? false : undefined;
  if (!/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return type === "integer" && !Number.isInteger(value) ? undefined : value;
}
