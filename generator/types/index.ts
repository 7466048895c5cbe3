// schema.ts through openapi-typescript's transformer, fed the document load/ already
// bundled and validated, so it neither lints nor bundles a second time. Its printer's
// output is final: prettier never runs over it (4 s on GitHub's 6.5 MB of types).
import { createRequire } from "node:module";
import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
import type TypeScript from "typescript";
import { resolvePointer } from "../json-pointer.js";

// Loaded through require: importing these CommonJS packages from ESM makes Node scan the
// 9 MB typescript.js for export names first, which costs more than the transform itself.
const require = createRequire(import.meta.url);
type OpenApiTS = typeof import("openapi-typescript");
type Transformer = Pick<OpenApiTS, "astToString" | "scanDiscriminators" | "transformSchema">;

/**
 * The three functions we use, from their own modules when the package has its 7.x layout
 * (its `exports` map opens `./*`): the package entry also loads all of Redocly for
 * openapiTS()'s lint step, a quarter of a second we do not need. Any other layout: the entry.
 */
function loadTransformer(): Transformer {
  try {
    const transformSchema = require("openapi-typescript/dist/transform/index.cjs") as OpenApiTS["transformSchema"];
    const { astToString } = require("openapi-typescript/dist/lib/ts.cjs") as Pick<OpenApiTS, "astToString">;
    const { scanDiscriminators } = require("openapi-typescript/dist/lib/utils.cjs") as Pick<OpenApiTS, "scanDiscriminators">;
    if ([transformSchema, astToString, scanDiscriminators].every((fn) => typeof fn === "function")) {
      return { transformSchema, astToString, scanDiscriminators };
    }
  } catch {
    // fall through to the documented entry
  }
  return require("openapi-typescript") as OpenApiTS;
}

const { astToString, scanDiscriminators, transformSchema } = loadTransformer();
const ts = require("typescript") as typeof TypeScript;

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

export function renderSchemaTypes(document: OpenAPI3): string {
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(document, { silent: true }),
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
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only openapiTS()'s own lint step reads this; we validated in load/.
    redoc: undefined as unknown as GlobalContext["redoc"],
    silent: true,
    inject: undefined,
    transform: (schema) => transform(schema as Parameters<typeof transform>[0]),
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: () => undefined,
  };
  ctx.resolve = <T>(ref: string): T | undefined => resolvePointer(document, ref) as T | undefined;
  return astToString(transformSchema(document, ctx));
}
