// A named type per Schema Object under `components.schemas` (OpenAPI 3.1 §4.8.7), for
// types.ts: `export type Pet = components["schemas"]["Pet"]`. The generated index.ts
// re-exports them beside the operations' types and the runtime's, so a name is taken only
// when nothing else index.ts exports could have it.
import { joinPointer } from "../load/pointer.js";
import { docOf } from "./doc.js";
import { EXPORTED_NAMES, NameRegistry, pascalCase } from "./names.js";
import { holdsMarks } from "./read-write.js";
import type { ModelContext } from "./ref.js";
import type { Operation, SchemaType } from "./types.js";

/** Types runtime/index.ts and the generated files export (test/model/schema-types.test.ts keeps this whole). */
export const EXPORTED_TYPE_NAMES = [
  "ApiError",
  "ApiResponse",
  "AuthError",
  "AuthErrorCode",
  "SessionEndedError",
  "BrowserManaged",
  "OperationRefresh",
  "RefreshConfig",
  "ApiKeyConfig",
  "AuthConfig",
  "BasicConfig",
  "BearerConfig",
  "HttpRawConfig",
  "OAuth2Config",
  "OpenIdConnectConfig",
  "RefreshFn",
  "RefreshOptions",
  "RequestOptions",
  "RuntimeClient",
  "StorageLike",
  "TokenSet",
  "TokenStore",
  "WebStorageStoreOptions",
  // errors.ts
  "OperationErrors",
];

/** The suffixes of an operation's types in operations.ts (`GetPetArgs`, `GetPetData`, …). */
export const OPERATION_TYPE_SUFFIXES = ["Args", "Data", "Error", "Response"];

export function buildSchemaTypes(ctx: ModelContext, operations: Operation[]): SchemaType[] {
  const schemas = ctx.document.components?.schemas ?? {};
  const names = new NameRegistry([
    ...EXPORTED_NAMES,
    ...EXPORTED_TYPE_NAMES,
    ...operations.flatMap((op) => OPERATION_TYPE_SUFFIXES.map((suffix) => `${op.typeName}${suffix}`)),
  ]);
  const claim = (key: string, wanted: string, what: string) => {
    const name = names.claim(wanted);
    if (name !== wanted) ctx.warn(joinPointer(["components", "schemas", key]), `the type name '${wanted}' is taken; ${what} '${key}' is exported as '${name}'`);
    return name;
  };
  const types: SchemaType[] = Object.entries(schemas).map(([key, schema]) => ({
    key,
    typeName: claim(key, typeNameOf(key), "schema"),
    writableName: undefined,
    doc: docOf(schema as object),
  }));
  // After every schema's own name, so a schema the document calls `PetWritable` keeps it.
  for (const type of types) {
    if (holdsMarks(ctx.document, schemas[type.key])) type.writableName = claim(type.key, `${type.typeName}Writable`, "the request body shape of schema");
  }
  return types;
}

/** `pet-owner` -> `PetOwner`, `200_response` -> `_200Response`; never empty. */
export function typeNameOf(key: string, fallback = "Schema"): string {
  const name = pascalCase(key) || fallback;
  return /^\p{Nd}/u.test(name) ? `_${name}` : name;
}
