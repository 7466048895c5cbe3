// The runtime's view of an operation (runtime/descriptors.ts OperationDescriptor), copied out
// of the model so the template prints it as JSON text (helpers.ts `json`) for
// runtime/call-operation.ts to parse. Every value here was decided in the model; this only
// picks the fields the runtime reads.
import type { HeaderParse, Operation } from "../model/types.js";

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
    headers: headerTables(operation),
    security: operation.security.map((alternative) =>
      Object.fromEntries(alternative.schemes.map((s) => [s.name, s.scopes])),
    ),
    server: operation.server,
  };
}

/** Per success status, the headers the runtime parses; undefined when there are none. */
function headerTables(operation: Operation): Record<string, Record<string, HeaderParse>> | undefined {
  const tables: Record<string, Record<string, HeaderParse>> = {};
  for (const response of operation.responses.success) {
    const parsed = response.headers.flatMap((h) => (h.parse === undefined ? [] : [[h.key, h.parse] as const]));
    if (parsed.length > 0) tables[response.status] = Object.fromEntries(parsed);
  }
  return Object.keys(tables).length > 0 ? tables : undefined;
}
