// The runtime's view of an operation (runtime/descriptors.ts OperationDescriptor), copied out
// of the model so the template prints it as JSON text (helpers.ts `json`) for
// runtime/call-operation.ts to parse. Every value here was decided in the model; this only
// picks the fields the runtime reads.
import type { Operation } from "../model/types.js";

export function operationDescriptor(operation: Operation): object {
  const responses: Record<string, string> = {};
  for (const response of [...operation.responses.success, ...operation.responses.error]) {
    responses[response.status] = response.readAs;
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
    server: operation.server,
  };
}
