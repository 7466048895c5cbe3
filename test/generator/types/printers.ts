// A document's schema types printed both ways from the same nodes: by keyway's printer
// (generator/types/print.ts) and by openapi-typescript's astToString (TypeScript's printer),
// which schema.ts was printed with before and must stay byte for byte equal to.
import type { OpenAPI3 } from "openapi-typescript";
import type TypeScript from "typescript";
import { loadDocument } from "../../../generator/load/index.js";
import { usesReadWrite } from "../../../generator/model/read-write.js";
import { refResolver, transformContext } from "../../../generator/types/context.js";
import { withUniqueOperationIds } from "../../../generator/types/operation-ids.js";
import { printFallbacks, printStatements } from "../../../generator/types/print.js";
import { astToString, scanDiscriminators, transformSchema } from "../../../generator/types/transformer.js";
import { ROOT } from "../load/helpers.js";

export interface Printings {
  ours: string;
  theirs: string;
  /** Statements ours handed to astToString. */
  fallbacks: number;
}

/** Both printings of the same statements. Ours first: astToString must not see them before. */
export function printBoth(statements: readonly TypeScript.Node[]): Printings {
  const before = printFallbacks.count;
  const ours = printStatements(statements);
  const fallbacks = printFallbacks.count - before;
  return { ours, theirs: astToString([...statements]), fallbacks };
}

/**
 * Every statement openapi-typescript makes for the document in one whole-document transform,
 * with the options keyway uses (its footer helpers, and for readOnly/writeOnly its own
 * $Read/Readable helpers, parsed from text: those print the layout of parsed nodes).
 */
export function schemaStatements(entry: OpenAPI3): TypeScript.Node[] {
  const document = withUniqueOperationIds(entry);
  const discriminators = scanDiscriminators(document, { silent: true });
  const context = transformContext(refResolver(document), discriminators, [], usesReadWrite(document));
  return transformSchema(document, context);
}

/** The document as load/ gives it to types/, or undefined when load/ rejects it. */
export async function loadedOrUndefined(file: string): Promise<OpenAPI3 | undefined> {
  try {
    return (await loadDocument(file, { cwd: ROOT })).document;
  } catch {
    return undefined;
  }
}
