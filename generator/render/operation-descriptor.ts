// The runtime's view of an operation (runtime/descriptors.ts OperationDescriptor), copied out
// of the model so the template prints it as JSON text (descriptorSource, below) for
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

/**
 * The descriptor as the operation file prints it: JSON in a template literal, one field a
 * line, for runtime/call-operation.ts to parse on first call. A string costs tsc one token;
 * the same data as an object literal, typed or not, cost the GitHub client a fifth more
 * check time (1,223 operations: +8,000 types, +0.9-1.1 s of CPU), so it stays text, laid
 * out to be read when debugging.
 */
export function descriptorSource(descriptor: object): string {
  const fields = Object.entries(descriptor).filter(([, value]) => value !== undefined);
  const lines = fields.map(([key, value]) => `  ${JSON.stringify(key)}: ${field(value)}`);
  return templateLiteral(`{\n${lines.join(",\n")}\n}`);
}

/** A list of objects one a line (parameters, media, requirements); anything else on one line. */
function field(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0 || !value.some((item) => typeof item === "object" && item !== null)) return inline(value);
  return `[\n${value.map((item) => `    ${inline(item)}`).join(",\n")}\n  ]`;
}

/** JSON with a space after each `:` and `,`, undefined members left out. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const members = Object.entries(value).filter(([, member]) => member !== undefined);
  return `{${members.map(([key, member]) => `${JSON.stringify(key)}: ${inline(member)}`).join(", ")}}`;
}

/** Document text can not end the literal or start a substitution (ECMAScript §12.9.6). */
function templateLiteral(text: string): string {
  return `\`${text.replace(/[\\`]|\$\{/g, (match) => `\\${match}`)}\``;
}
