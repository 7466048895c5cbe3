// The enums a user can import as values (enums.ts): `export const PetStatus = {...} as const`
// beside `export type PetStatus`, for a <select>'s options or a comparison without a string
// typed by hand. Only enums the document names get one: a schema under `components.schemas`
// (OpenAPI 3.1 §4.8.7.1), under its types.ts name, and a parameter's schema under
// `components.parameters` (GitHub's `direction`, `sort`, `state`), under its key's name.
// Inline enums (a property's, an operation's own parameter's) have no name in the document
// that survives a change elsewhere, as hey-api's default and openapi-typescript's
// `--enum-values` agree; their types are still the unions in schema.ts.
import { appendPointer, joinPointer } from "../load/pointer.js";
import { docOf } from "./doc.js";
import { enumMembers, hasEnumExtensions, isEnumValue } from "./enum-members.js";
import { EXPORTED_NAMES, NameRegistry } from "./names.js";
import type { ModelContext } from "./ref.js";
import { EXPORTED_TYPE_NAMES, OPERATION_TYPE_SUFFIXES, typeNameOf } from "./schema-types.js";
import type { NamedEnum, Operation, SchemaType } from "./types.js";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** A schema with an `enum` of at least one value a const can hold, and of nothing else; never a bare `$ref`. */
function enumSchema(schema: unknown): schema is Json & { enum: unknown[] } {
  if (!isObject(schema) || "$ref" in schema || !Array.isArray(schema.enum)) return false;
  return schema.enum.every(isEnumValue) && schema.enum.some((value) => value !== null);
}

export function buildNamedEnums(ctx: ModelContext, operations: Operation[], schemaTypes: SchemaType[]): NamedEnum[] {
  const components = ctx.document.components ?? {};
  const schemas = (components.schemas ?? {}) as Json;
  // A const is a value: it must not meet an operation function (`_1` from operationId `1`).
  const functions = new Set(operations.map((op) => op.name));
  const enums: NamedEnum[] = [];
  for (const { key, typeName } of schemaTypes) {
    const schema = schemas[key];
    if (!enumSchema(schema) || functions.has(typeName)) continue;
    const at = joinPointer(["components", "schemas", key]);
    enums.push({ name: typeName, section: "schemas", key, doc: docOf(schema as object), members: enumMembers(ctx, schema, at) });
  }
  const names = new NameRegistry([
    ...EXPORTED_NAMES,
    ...EXPORTED_TYPE_NAMES,
    ...functions,
    ...operations.flatMap((op) => OPERATION_TYPE_SUFFIXES.map((suffix) => `${op.typeName}${suffix}`)),
    ...schemaTypes.map((type) => type.typeName),
  ]);
  for (const [key, parameter] of Object.entries((components.parameters ?? {}) as Json)) {
    const schema = isObject(parameter) ? parameter.schema : undefined;
    if (!enumSchema(schema)) continue;
    const at = joinPointer(["components", "parameters", key]);
    const name = parameterEnumName(ctx, names, key, at);
    const { description, deprecated } = parameter as Json;
    const doc = docOf({ description: description ?? schema.description, deprecated: deprecated ?? schema.deprecated });
    // Swagger 2.0 puts `enum` on the parameter itself, its extensions with it: conversion
    // moved the enum into `schema` and left them beside it.
    const extensions = hasEnumExtensions(schema) ? undefined : { node: parameter as Json, at };
    enums.push({ name, section: "parameters", key, doc, members: enumMembers(ctx, schema, appendPointer(at, "schema"), extensions) });
  }
  return enums;
}

/**
 * `direction` -> `Direction`; when a schema has that name (GitHub's `status`), the suffix says
 * what this one is: `StatusParameter`. Only when that is taken too, a number and a warning.
 */
function parameterEnumName(ctx: ModelContext, names: NameRegistry, key: string, at: string): string {
  const plain = typeNameOf(key, "Parameter");
  if (names.isFree(plain)) return names.claim(plain);
  const wanted = plain.endsWith("Parameter") ? plain : `${plain}Parameter`;
  const name = names.claim(wanted);
  const taken = plain === wanted ? `the name '${plain}' is` : `the names '${plain}' and '${wanted}' are`;
  if (name !== wanted) ctx.warn(at, `${taken} taken; the enum of parameter '${key}' is exported as '${name}'`);
  return name;
}
