// Worker entry: openapi-typescript (and the TypeScript compiler it prints with) load and run
// on the second core while the main thread loads, models and renders. See ./parallel.ts.
import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
import { parentPort } from "node:worker_threads";
import { renderSchemaTypes, scanDocument } from "./index.js";

export type SchemaTypesRequest =
  /** The entry as parsed, as JSON text: parsed and scanned here while load/ checks it. */
  | { kind: "preview"; documentJson: string }
  /** Print: the previewed document as it was, or the one load/ built (bundled, converted). */
  | { kind: "render"; id: number; documentJson?: string };

/** `id` is the render request's: a worker kept warm for --watch serves one run after another. */
export type SchemaTypesReply = { id: number } & ({ ok: true; text: string } | { ok: false; message: string; stack?: string });

let previewed: { document: OpenAPI3; discriminators?: GlobalContext["discriminators"] } | undefined;

function preview(documentJson: string): void {
  previewed = { document: JSON.parse(documentJson) as OpenAPI3 };
  try {
    previewed.discriminators = scanDocument(previewed.document);
  } catch {
    // Not checked yet: if load/ accepts it, render() scans again and reports what fails.
  }
}

function render(documentJson: string | undefined): string {
  if (documentJson !== undefined) return renderSchemaTypes(JSON.parse(documentJson) as OpenAPI3);
  if (previewed === undefined) throw new Error("schema types: no document was previewed");
  return renderSchemaTypes(previewed.document, previewed.discriminators);
}

parentPort?.on("message", (request: SchemaTypesRequest) => {
  if (request.kind === "preview") return preview(request.documentJson);
  const { id } = request;
  try {
    parentPort?.postMessage({ id, ok: true, text: render(request.documentJson) } satisfies SchemaTypesReply);
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({ id, ok: false, message, stack } satisfies SchemaTypesReply);
  } finally {
    // The next run previews (or sends) its own document; this one is not kept alive.
    previewed = undefined;
  }
});
