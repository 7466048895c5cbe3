// Worker entry: openapi-typescript (and the TypeScript compiler it prints with) load and run
// on the second core while the main thread loads, models and renders. See ./parallel.ts.
import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
import { parentPort } from "node:worker_threads";
import { renderSchemaTypes, scanDocument } from "./index.js";
import { PassMemory } from "./pass-memory.js";

export type SchemaTypesRequest =
  /** The entry as parsed, as JSON text: parsed and scanned here while load/ checks it. */
  | { kind: "preview"; documentJson: string }
  /**
   * Print: the previewed document as it was, or the one load/ built (bundled, converted).
   * `remember`: a worker kept for --watch prints again only what changed since its last run.
   */
  | { kind: "render"; id: number; documentJson?: string; remember?: boolean };

/** `id` is the render request's: a worker kept warm for --watch serves one run after another. */
export type SchemaTypesReply = { id: number } & ({ ok: true; text: string } | { ok: false; message: string; stack?: string });

let previewed: { document: OpenAPI3; discriminators?: GlobalContext["discriminators"] } | undefined;
const memory = new PassMemory();

function preview(documentJson: string): void {
  previewed = { document: JSON.parse(documentJson) as OpenAPI3 };
  try {
    previewed.discriminators = scanDocument(previewed.document);
  } catch {
    // Not checked yet: if load/ accepts it, render() scans again and reports what fails.
  }
}

function render(documentJson: string | undefined, remember: boolean): string {
  const kept = remember ? memory : undefined;
  if (documentJson !== undefined) return renderSchemaTypes(JSON.parse(documentJson) as OpenAPI3, undefined, undefined, kept);
  if (previewed === undefined) throw new Error("schema types: no document was previewed");
  return renderSchemaTypes(previewed.document, previewed.discriminators, undefined, kept);
}

parentPort?.on("message", (request: SchemaTypesRequest) => {
  if (request.kind === "preview") return preview(request.documentJson);
  const { id } = request;
  try {
    parentPort?.postMessage({ id, ok: true, text: render(request.documentJson, request.remember === true) } satisfies SchemaTypesReply);
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({ id, ok: false, message, stack } satisfies SchemaTypesReply);
  } finally {
    // The next run previews (or sends) its own document; this one is not kept alive.
    previewed = undefined;
  }
});
