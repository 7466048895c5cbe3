// Worker entry: openapi-typescript (and the TypeScript compiler it prints with) load and run
// on the second core while the main thread loads, models and renders. See ./parallel.ts.
import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
import { parentPort } from "node:worker_threads";
import { renderSchemaTypes, scanDocument } from "./index.js";

export type SchemaTypesRequest =
  /** The entry as parsed, as JSON text: parsed and scanned here while load/ checks it. */
  | { kind: "preview"; documentJson: string }
  /** Print: the previewed document as it was, or the one load/ built (bundled, converted). */
  | { kind: "render"; documentJson?: string };

export type SchemaTypesReply = { ok: true; text: string } | { ok: false; message: string; stack?: string };

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
  try {
    parentPort?.postMessage({ ok: true, text: render(request.documentJson) } satisfies SchemaTypesReply);
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({ ok: false, message, stack } satisfies SchemaTypesReply);
  }
});
