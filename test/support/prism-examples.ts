// A small, deterministic example builder for JSON Schema (OpenAPI 3.0 and 3.1 flavours):
// the document's own `example`/`examples` first, then `const`, `default` and `enum`, else a
// value made from the type and its constraints. Requests built from these must pass a
// validating server, so every constraint Prism checks is respected where the schema says it.

type Schema = Record<string, unknown>;

export interface ExampleContext {
  /** Resolves a local `$ref` (`#/components/...`) in the document. */
  resolve(ref: string): unknown;
  /** What a `format: binary` string becomes: a Blob for multipart parts, bytes elsewhere. */
  binary: () => unknown;
}

const MAX_DEPTH = 6;

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deref(ctx: ExampleContext, schema: unknown, seen: Set<string>): Schema | undefined {
  let node = schema;
  while (isSchema(node) && typeof node.$ref === "string") {
    if (seen.has(node.$ref)) return undefined;
    seen = new Set(seen).add(node.$ref);
    node = ctx.resolve(node.$ref);
  }
  return isSchema(node) ? node : undefined;
}

/** The first example the document gives for a schema, if any. */
function documented(schema: Schema): { value: unknown } | undefined {
  if ("example" in schema) return { value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return { value: schema.examples[0] };
  if ("const" in schema) return { value: schema.const };
  if ("default" in schema) return { value: schema.default };
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return { value: schema.enum.find((v) => v !== null) ?? schema.enum[0] };
  return undefined;
}

/** 3.1 `type: [x, "null"]` and 3.0 `type: x`: the first non-null type, or one implied by keywords. */
function typeOf(schema: Schema): string | undefined {
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];
  const first = types.find((t) => t !== "null") ?? types[0];
  if (first) return first;
  if (schema.properties || schema.additionalProperties) return "object";
  if (schema.items) return "array";
  return undefined;
}

const FORMATS: Record<string, string> = {
  "date-time": "2024-01-02T03:04:05Z",
  date: "2024-01-02",
  time: "03:04:05Z",
  email: "ann@example.com",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  uri: "https://example.com/x",
  url: "https://example.com/x",
  hostname: "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  byte: "aGVsbG8=",
  password: "secret",
};

function stringExample(schema: Schema): string {
  const format = typeof schema.format === "string" ? schema.format : "";
  let value = FORMATS[format] ?? "example";
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  while (value.length < min) value += "x";
  return value.slice(0, max);
}

function numberExample(schema: Schema, integer: boolean): number {
  const exclusiveMin = typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum : undefined;
  let value = typeof schema.minimum === "number" ? schema.minimum : exclusiveMin !== undefined ? exclusiveMin + 1 : 1;
  // 3.0 spells an exclusive minimum as a boolean beside `minimum`.
  if (schema.exclusiveMinimum === true) value += 1;
  if (typeof schema.maximum === "number" && value > schema.maximum) value = schema.maximum;
  if (typeof schema.multipleOf === "number") value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
  return integer ? Math.ceil(value) : value;
}

function objectExample(ctx: ExampleContext, schema: Schema, depth: number, seen: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  for (const [name, raw] of Object.entries((schema.properties as Record<string, unknown> | undefined) ?? {})) {
    const property = deref(ctx, raw, seen);
    // readOnly properties belong to responses (§4.8.24.1); past a depth only required ones.
    if (!property || property.readOnly === true) continue;
    if (!required.has(name) && depth >= 3) continue;
    const value = exampleOf(ctx, raw, depth + 1, seen);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** A value that validates against `schema`, or undefined when none can be made. */
export function exampleOf(ctx: ExampleContext, raw: unknown, depth = 0, seen = new Set<string>()): unknown {
  if (depth > MAX_DEPTH) return undefined;
  const schema = deref(ctx, raw, seen);
  if (!schema) return raw === undefined ? undefined : {};
  if (schema.format === "binary" || (typeof schema.contentMediaType === "string" && schema.contentEncoding === undefined)) {
    return ctx.binary();
  }
  const given = documented(schema);
  if (given) return given.value;
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part) => exampleOf(ctx, part, depth + 1, seen)).filter(isSchema));
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) {
      const option = options.find((o) => typeOf(deref(ctx, o, seen) ?? {}) !== "null") ?? options[0];
      return exampleOf(ctx, option, depth + 1, seen);
    }
  }
  switch (typeOf(schema)) {
    case "string":
      return stringExample(schema);
    case "integer":
      return numberExample(schema, true);
    case "number":
      return numberExample(schema, false);
    case "boolean":
      return true;
    case "null":
      return null;
    case "array": {
      const item = exampleOf(ctx, schema.items, depth + 1, seen);
      // Two items, so that the delimiters and repeated names of each style show on the wire.
      const max = typeof schema.maxItems === "number" ? schema.maxItems : 2;
      const length = Math.min(Math.max(2, typeof schema.minItems === "number" ? schema.minItems : 0), max);
      return item === undefined ? [] : Array.from({ length }, () => item);
    }
    case "object":
      return objectExample(ctx, schema, depth, seen);
    default:
      return "example";
  }
}
