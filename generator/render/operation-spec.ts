// The runtime's view of an operation (runtime/descriptors.ts OperationDescriptor), built from
// the model so the template prints it as JSON text (helpers.ts `json`) for
// runtime/call-operation.ts to parse.
import type { MediaKind, Operation } from "../model/types.js";

type ResponseKind = "json" | "text" | "binary" | "none";

function responseKind(kind: MediaKind | undefined): ResponseKind {
  if (kind === undefined) return "none";
  // A form or multipart *response* is rare; it arrives as text the caller can parse.
  if (kind === "form" || kind === "multipart") return "text";
  return kind;
}

/** `server`: where the operation goes instead of the client's default baseURL, if anywhere. */
export function operationSpec(operation: Operation, server?: string): object {
  const responses: Record<string, ResponseKind> = {};
  for (const response of [...operation.responses.success, ...operation.responses.error]) {
    responses[response.status] = responseKind(response.media[0]?.kind);
  }
  return {
    id: operation.id,
    method: operation.method,
    path: operation.path,
    params: operation.parameters.flatMap((group) =>
      group.parameters.map((p) => ({
        name: p.name,
        in: p.in,
        style: p.style,
        explode: p.explode,
        allowReserved: p.allowReserved || undefined,
        contentType: p.contentType,
      })),
    ),
    body: operation.body && {
      required: operation.body.required,
      media: operation.body.media.map((m) => ({ type: m.type, kind: m.kind, encoding: m.encoding })),
    },
    responses,
    security: operation.security.map((alternative) =>
      Object.fromEntries(alternative.schemes.map((s) => [s.name, s.scopes])),
    ),
    server,
  };
}
