// schema.ts through openapi-typescript's transformer, fed the document load/ already
// bundled and validated, so it neither lints nor bundles a second time. Its printer's
// output is final: prettier never runs over it (4 s on GitHub's 6.5 MB of types).
import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
import type TypeScript from "typescript";
import { usesReadWrite } from "../model/read-write.js";
import { concat } from "../rope.js";
import { chunkEntries, COMPONENT_KINDS, ComponentsText, InterfaceText, type ComponentKind } from "./chunks.js";
import { refResolver, transformContext } from "./context.js";
import { withUniqueOperationIds } from "./operation-ids.js";
import { linearFooter } from "./operations-footer.js";
import type { MemoryRun, PassMemory, PrintedPass } from "./pass-memory.js";
import { READ_WRITE_HELPERS } from "./read-write.js";
import { printStatements } from "./print.js";
import { withRememberedRefs } from "./remembered-refs.js";
import { saveCompilerCache, scanDiscriminators, transformSchema, ts } from "./transformer.js";

/** The document's roots in the order openapi-typescript prints them, each in passes of its own. */
const ROOTS = ["paths", "webhooks", "components", "$defs"] as const;
/**
 * Entries of `paths` and of each component kind printed per pass (see ./chunks.ts). GitHub's
 * peak was the same with 8 or 2: what survives a pass is its printed text, not its tree.
 */
export const ENTRIES_PER_PASS = 32;

interface PassOutput {
  /** The pass's roots, printed. */
  text: string;
  /** Helper types and the `operations` interface the pass added, by name: nodes or printed. */
  footer: [string, TypeScript.Node | string][];
  /** What openapi-typescript ends with when no operation has an operationId. */
  fallback: (TypeScript.Node | string)[];
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
    text: printStatements(statements.filter((node) => roots.includes(declaredName(node) ?? ""))),
    footer: footer.map((node) => [declaredName(node) ?? printStatements([node]), ts.isInterfaceDeclaration(node) ? printStatements([node]) : node]),
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

/** `memory` (--watch): passes whose inputs did not change since its last run are not printed again. */
export function renderSchemaTypes(entry: OpenAPI3, discriminators = scanDocument(entry), entriesPerPass = ENTRIES_PER_PASS, memory?: PassMemory): string {
  return concat(schemaTypeParts(entry, discriminators, entriesPerPass, memory));
}

/** schema.ts's body in parts, in order (see ../rope.ts); `memory` as for renderSchemaTypes. */
export function schemaTypeParts(entry: OpenAPI3, discriminators = scanDocument(entry), entriesPerPass = ENTRIES_PER_PASS, memory?: PassMemory): string[] {
  const document = withUniqueOperationIds(entry);
  const readWrite = usesReadWrite(document);
  const shared: Shared = { discriminators, resolve: refResolver(document), readWrite };
  const run = memory?.run(wholeDocumentReads(document, shared), shared.resolve);
  try {
    // Kept passes hold one entry each: an edit prints its own path item or component again.
    const parts = withRememberedRefs(() => printInPasses(document, shared, run ? 1 : entriesPerPass, run));
    run?.finish();
    return parts;
  } catch (error) {
    // A printing the chunks could not be joined from (another openapi-typescript): whole roots.
    if (!(error instanceof UnjoinableChunk)) throw error;
    return withRememberedRefs(() => printInPasses(document, shared, Infinity));
  } finally {
    saveCompilerCache();
  }
}

/** What every pass reads of the document beyond its own part and the refs it resolves. */
function wholeDocumentReads(document: OpenAPI3, shared: Shared): unknown {
  const outside = Object.fromEntries(Object.entries(document).filter(([key]) => !(ROOTS as readonly string[]).includes(key)));
  return { discriminators: shared.discriminators, readWrite: shared.readWrite, outside };
}

/** Last run's output of this pass when nothing it read changed; else printed, and kept. */
function rememberedPass(run: MemoryRun, pass: Pass, shared: Shared): PassOutput {
  const key = run.keyOf(pass.root, pass.part[pass.root]);
  const kept = key === undefined ? undefined : run.recall(key);
  if (kept !== undefined) return kept;
  const reads = new Set<string>();
  const resolve = <T>(ref: string): T | undefined => (reads.add(ref), shared.resolve<T>(ref));
  const output = transformPass(pass.part, [pass.root], { ...shared, resolve });
  const operations = output.footer.some(([name]) => name === "operations");
  const printed: PrintedPass = {
    text: output.text,
    footer: output.footer.map(([name, node]) => [name, typeof node === "string" ? node : printStatements([node])]),
    // Read only when no pass has an `operations` interface: then it is this pass's type alias.
    fallback: operations ? [] : output.fallback.map((node) => (typeof node === "string" ? node : printStatements([node]))),
  };
  return run.keep(key, printed, reads);
}

class UnjoinableChunk extends Error {}

function printInPasses(document: OpenAPI3, shared: Shared, entriesPerPass: number, run?: MemoryRun): string[] {
  const roots = new Map<string, string | InterfaceText | ComponentsText>();
  // Helper types every pass may add (WithRequired, …): once each, in first-seen order. The
  // `operations` interface gathers every pass's members, in the order they were printed.
  const footer = new Map<string, TypeScript.Node | string | InterfaceText>();
  const operations = new InterfaceText("operations");
  let fallback: PassOutput["fallback"] = [];
  for (const pass of passes(document, entriesPerPass)) {
    const output = run ? rememberedPass(run, pass, shared) : transformPass(pass.part, [pass.root], shared);
    roots.set(pass.root, pass.chunk ? joinChunk(roots.get(pass.root), pass, output.text) : output.text);
    for (const [name, node] of output.footer) {
      if (name === "operations" && typeof node === "string") {
        if (!operations.add(node)) throw new UnjoinableChunk();
        footer.set(name, operations);
      } else if (!footer.has(name)) footer.set(name, node);
    }
    fallback = output.fallback;
  }
  const tail = [...footer.values(), ...(footer.has("operations") ? [] : fallback)];
  const printed = (part: (typeof tail)[number] | ComponentsText): string[] =>
    typeof part === "string" ? [part] : part instanceof InterfaceText || part instanceof ComponentsText ? part.pieces() : [printStatements([part])];
  // openapi-typescript's own helpers come first among its statements and are left out with
  // them (only the roots are kept); ours take their place.
  const helpers = shared.readWrite ? [READ_WRITE_HELPERS.trimStart()] : [];
  return [...helpers, ...[...roots.values(), ...tail].flatMap(printed)];
}

interface Pass {
  root: (typeof ROOTS)[number];
  /** The document, or for a chunk the document with only that chunk's entries under `root`. */
  part: OpenAPI3;
  /** Set for a chunk: which entries it holds (a component kind's, or `paths`'). */
  chunk?: ComponentKind | "paths";
}

/** A chunk's printing added to its root's so far. */
function joinChunk(sofar: string | InterfaceText | ComponentsText | undefined, pass: Pass, text: string): InterfaceText | ComponentsText {
  if (pass.chunk === "paths") {
    const paths = sofar instanceof InterfaceText ? sofar : new InterfaceText("paths");
    if (!paths.add(text)) throw new UnjoinableChunk();
    return paths;
  }
  const components = sofar instanceof ComponentsText ? sofar : new ComponentsText();
  if (pass.chunk === undefined || !components.add(pass.chunk, text)) throw new UnjoinableChunk();
  return components;
}

/** Each root's passes: `paths` and every component kind a chunk at a time, when it has several. */
function* passes(document: OpenAPI3, size: number): Generator<Pass> {
  for (const root of ROOTS) {
    const chunks =
      root === "paths"
        ? chunkEntries(document.paths, size).map((paths) => ({ chunk: root, part: { ...document, paths } }))
        : root === "components"
          ? COMPONENT_KINDS.flatMap((kind) =>
              chunkEntries(document.components?.[kind], size).map((entries) => ({ chunk: kind, part: { ...document, components: { [kind]: entries } } })),
            )
          : [];
    if (chunks.length <= 1) yield { root, part: document };
    else for (const { chunk, part } of chunks) yield { root, chunk, part };
  }
}
