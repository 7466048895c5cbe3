// The options openapi-typescript's transforms read, fixed to what keyway emits.
import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
import type TypeScript from "typescript";
import { resolveRef } from "../load/refs.js";
import { markReferenced } from "./read-write.js";
import { ts } from "./transformer.js";

/**
 * Binary fields (`format: binary`, or 3.1's `contentMediaType` without `contentEncoding`) are
 * files a caller passes or receives, not strings: Blob in browsers and Node 20, or bytes.
 */
const binaryType = (): TypeScript.TypeNode =>
  ts.factory.createUnionTypeNode([
    ts.factory.createTypeReferenceNode("Blob"),
    ts.factory.createTypeReferenceNode("Uint8Array"),
  ]);

function transform(schema: { format?: unknown; contentMediaType?: unknown; contentEncoding?: unknown }): TypeScript.TypeNode | undefined {
  if (schema.format === "binary") return binaryType();
  if (typeof schema.contentMediaType === "string" && schema.contentEncoding === undefined) return binaryType();
  return undefined;
}

/**
 * openapi-typescript resolves the same few hundred refs tens of thousands of times (each
 * parameter of each operation, each request body): a lookup by ref, not a walk each time.
 */
export function refResolver(document: OpenAPI3): GlobalContext["resolve"] {
  const resolved = new Map<string, unknown>();
  return <T>(ref: string): T | undefined => {
    if (!resolved.has(ref)) resolved.set(ref, resolveRef(document, ref));
    return resolved.get(ref) as T | undefined;
  };
}

export function transformContext(
  resolve: GlobalContext["resolve"],
  discriminators: GlobalContext["discriminators"],
  injectFooter: TypeScript.Node[],
  /** The document marks properties readOnly/writeOnly: schema.ts marks them `$Read`/`$Write`. */
  readWrite = false,
): GlobalContext {
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators,
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter,
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only openapiTS()'s own lint step reads this; we validated in load/.
    redoc: undefined as unknown as GlobalContext["redoc"],
    silent: true,
    inject: undefined,
    transform: (schema) => transform(schema as Parameters<typeof transform>[0]),
    transformProperty: readWrite ? markReferenced(resolve) : undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: readWrite,
    resolve,
  };
  return ctx;
}
