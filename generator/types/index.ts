// schema.ts through openapi-typescript's transformer, fed the document load/ already
// bundled and validated, so it neither lints nor bundles a second time. Its printer's
// output is final: prettier never runs over it (4 s on GitHub's 6.5 MB of types).
import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
import type TypeScript from "typescript";
import { usesReadWrite } from "../model/read-write.js";
import { refResolver, transformContext } from "./context.js";
import { withUniqueOperationIds } from "./operation-ids.js";
import { linearFooter } from "./operations-footer.js";
import { READ_WRITE_HELPERS } from "./read-write.js";
import { astToString, saveCompilerCache, scanDiscriminators, transformSchema, ts } from "./transformer.js";

/**
 * The document's roots in the order openapi-typescript prints them, in two passes. Each
 * pass's syntax tree is printed and let go before the next is built, so a collection during
 * the second pass can free the first's (30 MB of GitHub's 60).
 */
const PASSES: readonly (readonly string[])[] = [
  ["paths", "webhooks"],
  ["components", "$defs"],
];
const ROOTS = PASSES.flat();

interface PassOutput {
  /** The pass's roots, printed. */
  text: string;
  /** Helper types and the `operations` interface the pass added, by name: nodes or printed. */
  footer: [string, TypeScript.Node | string][];
  /** What openapi-typescript ends with when no operation has an operationId. */
  fallback: TypeScript.Node[];
}

/** What both passes read: the discriminator scan and the (memoised) ref resolver. */
interface Shared {
  discriminators: GlobalContext["discriminators"];
  resolve: GlobalContext["resolve"];
  readWrite: boolean;
}

const declaredName = (node: TypeScript.Node): string | undefined =>
  (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && ts.isIdentifier(node.name) ? node.name.text : undefined;

// Its own function so that its tree is unreachable once it returns.
function transformPass(document: OpenAPI3, roots: readonly string[], shared: Shared): PassOutput {
  const { footer, finish } = linearFooter();
  // A root left out is printed by openapi-typescript as `Record<string, never>` and skipped
  // here; refs into it still resolve, through the context's resolver on the whole document.
  const omitted = Object.fromEntries(ROOTS.filter((root) => !roots.includes(root)).map((root) => [root, undefined]));
  const statements = transformSchema({ ...document, ...omitted } as OpenAPI3, transformContext(shared.resolve, shared.discriminators, footer, shared.readWrite));
  finish();
  return {
    text: astToString(statements.filter((node) => roots.includes(declaredName(node) ?? ""))),
    footer: footer.map((node) => [declaredName(node) ?? astToString(node), ts.isInterfaceDeclaration(node) ? astToString(node) : node]),
    fallback: statements.filter((node) => declaredName(node) === "operations"),
  };
}

/**
 * The one whole-document walk the passes share; a worker runs it ahead, see ./worker.ts.
 * openapi-typescript's walk copies the path at every node (0.15 s on GitHub's document); with
 * no discriminator anywhere it finds and changes nothing, so a plain search decides first.
 */
export function scanDocument(document: OpenAPI3): GlobalContext["discriminators"] {
  return hasDiscriminator(document) ? scanDiscriminators(document, { silent: true }) : { objects: {}, refsHandled: [] };
}

/** Whether any object has what the scan looks for: `discriminator.propertyName`. */
function hasDiscriminator(root: unknown): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    const discriminator = (node as { discriminator?: { propertyName?: unknown } }).discriminator;
    if (!Array.isArray(node) && discriminator?.propertyName) return true;
    for (const value of Object.values(node)) if (typeof value === "object" && value !== null) stack.push(value);
  }
  return false;
}

export function renderSchemaTypes(entry: OpenAPI3, discriminators = scanDocument(entry)): string {
  const document = withUniqueOperationIds(entry);
  const readWrite = usesReadWrite(document);
  const shared: Shared = { discriminators, resolve: refResolver(document), readWrite };
  // openapi-typescript's own helpers come first among its statements and are left out with
  // them (only the roots are kept); ours take their place.
  const printed: string[] = readWrite ? [READ_WRITE_HELPERS.trimStart()] : [];
  // Helper types every pass may add (WithRequired, …): once each, in first-seen order.
  const footer = new Map<string, TypeScript.Node | string>();
  let fallback: TypeScript.Node[] = [];
  for (const roots of PASSES) {
    const pass = transformPass(document, roots, shared);
    printed.push(pass.text);
    for (const [name, part] of pass.footer) if (!footer.has(name)) footer.set(name, part);
    fallback = pass.fallback;
  }
  const tail = [...footer.values(), ...(footer.has("operations") ? [] : fallback)];
  const text = printed.join("") + tail.map((part) => (typeof part === "string" ? part : astToString(part))).join("");
  saveCompilerCache();
  return text;
}
