// What schema.ts holds when the document marks properties readOnly or writeOnly (see
// generator/model/read-write.ts): openapi-typescript's `$Read<T>` / `$Write<T>` markers, and
// our own helpers to take them off, in place of the ones openapi-typescript would add.
import type { GlobalContext } from "openapi-typescript";
import type TypeScript from "typescript";
import { propertyMark } from "../model/read-write.js";
import { ts } from "./transformer.js";

/**
 * Printed at the top of schema.ts. Unlike openapi-typescript's Readable/Writable, these leave
 * files (Blob, bytes) whole, keep a tuple a tuple, and in a request drop a readOnly property
 * outright rather than type it `?: never`: an object literal that names it is still refused
 * (excess property), and a response spread into a request body is accepted, as the server
 * ignores what it owns. They distribute over unions (a `oneOf`, a nullable object), which
 * they must; tsc computes each once per schema type and caches it.
 */
export const READ_WRITE_HELPERS = `
/** A readOnly property (OpenAPI 3.1 §4.8.24): the API sets it; it is absent from request bodies. */
export type $Read<T> = { readonly $read: T };
/** A writeOnly property (OpenAPI 3.1 §4.8.24): the caller sends it; it is absent from responses. */
export type $Write<T> = { readonly $write: T };
/** \`T\` as a response holds it: writeOnly properties removed, readOnly ones kept, at every depth. */
export type Readable<T> = T extends $Read<infer U> ? Readable<U> : T extends Blob | Uint8Array ? T : T extends readonly unknown[] ? { [K in keyof T]: Readable<T[K]> } : T extends object ? { [K in keyof T as NonNullable<T[K]> extends $Write<unknown> ? never : K]: Readable<T[K]> } : T;
/** \`T\` as a request body holds it: readOnly properties removed, writeOnly ones kept, at every depth. */
export type Writable<T> = T extends $Write<infer U> ? Writable<U> : T extends Blob | Uint8Array ? T : T extends readonly unknown[] ? { [K in keyof T]: Writable<T[K]> } : T extends object ? { [K in keyof T as NonNullable<T[K]> extends $Read<unknown> ? never : K]: Writable<T[K]> } : T;
`;

/**
 * openapi-typescript marks a property by its own `readOnly`/`writeOnly` only; a property that
 * is just a `$ref` to a readOnly schema (`id: { $ref: Id }`) gets the mark of its target here.
 */
export function markReferenced(resolve: GlobalContext["resolve"]): NonNullable<GlobalContext["transformProperty"]> {
  return (property, schema) => {
    const own = schema as { readOnly?: unknown; writeOnly?: unknown };
    if (own.readOnly === true || own.writeOnly === true || property.type === undefined) return undefined;
    const mark = propertyMark(schema, (ref) => resolve(ref));
    if (mark === undefined) return undefined;
    const type: TypeScript.TypeNode = ts.factory.createTypeReferenceNode(mark === "read" ? "$Read" : "$Write", [property.type]);
    return ts.factory.updatePropertySignature(property, property.modifiers, property.name, property.questionToken, type);
  };
}
