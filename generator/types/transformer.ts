// The parts of openapi-typescript (and the TypeScript compiler it builds nodes with) that
// types/ calls, loaded as cheaply as the installed version allows.
import { createRequire } from "node:module";
import type TypeScript from "typescript";
import { requireCached } from "../compile-cache.js";

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

// First, so that openapi-typescript's own require("typescript") finds this instance: the
// compiler openapi-typescript resolves, from the code cache.
const compiler = requireCached("typescript", require.resolve("openapi-typescript"));
export const ts = compiler.exports as typeof TypeScript;
/** Call once the compiler has made schema.ts's nodes: see generator/compile-cache.ts. */
export const saveCompilerCache = compiler.save;
export const { astToString, scanDiscriminators, transformSchema } = loadTransformer();
