// OpenAPI 3.1 §4.8.21 Header Object: what type a response header's value has, so the client
// can hand it over parsed. https://spec.openapis.org/oas/v3.1.0#header-object
// A header follows the Parameter Object's rules with style `simple` (§4.8.12.4): an array is
// its items joined by commas. Described with `content` instead (§4.8.12.1), it is one value of
// that media type; only JSON is understood. Strings, and schemas that are neither a primitive
// nor an array of one (objects, compositions), are left as the text the server sent.
import type { HeaderObject, ReferenceObject, SchemaObject } from "openapi-typescript";
import type { HeaderParse } from "../../runtime/descriptors.js";
import { mediaKind } from "./media.js";
import { deref, type ModelContext } from "./ref.js";
import type { HeaderValueType } from "./types.js";

type Primitive = "string" | "integer" | "number" | "boolean";
const PRIMITIVES: readonly string[] = ["string", "integer", "number", "boolean"];

/** `type: integer`, or 3.1's `type: [integer, "null"]`: the one non-null primitive type. */
function primitiveOf(schema: SchemaObject | undefined): Primitive | undefined {
  const raw: unknown = (schema as { type?: unknown } | undefined)?.type;
  const types = (Array.isArray(raw) ? raw : [raw]).filter((t) => t !== "null");
  return types.length === 1 && PRIMITIVES.includes(types[0] as string) ? (types[0] as Primitive) : undefined;
}

export function headerParse(ctx: ModelContext, header: HeaderObject, at: string): HeaderParse | undefined {
  const content = Object.keys((header as { content?: Record<string, unknown> }).content ?? {});
  if (content.length > 0) return mediaKind(content[0]) === "json" ? "json" : undefined;
  const schema = deref<SchemaObject>(ctx, header.schema as SchemaObject | ReferenceObject | undefined, `${at}/schema`);
  const primitive = primitiveOf(schema);
  if (primitive !== undefined) return primitive === "string" ? undefined : primitive;
  if ((schema as { type?: unknown } | undefined)?.type !== "array") return undefined;
  const items = deref<SchemaObject>(ctx, (schema as { items?: SchemaObject | ReferenceObject }).items, `${at}/schema/items`);
  const item = primitiveOf(items);
  return item === undefined ? undefined : `${item}[]`;
}

/** What the generated types say the parsed value is (templates/partials/response-headers.hbs). */
export function headerValueType(parse: HeaderParse | undefined): HeaderValueType {
  const base = parse?.replace("[]", "");
  return {
    number: base === "integer" || base === "number",
    boolean: base === "boolean",
    json: base === "json",
    array: parse?.endsWith("[]") === true,
  };
}
