// Local $ref resolution inside the bundled document. load/ has already pulled external
// files in, so every $ref left is a JSON pointer into the same document (RFC 6901).
import type { OpenAPI3 } from "openapi-typescript";
import { resolvePointer } from "../json-pointer.js";

export interface ModelContext {
  document: OpenAPI3;
  warn(pointer: string, message: string): void;
}

function isRef(value: unknown): value is { $ref: string } {
  return typeof value === "object" && value !== null && typeof (value as { $ref?: unknown }).$ref === "string";
}

/**
 * Follows `$ref` chains to the object they name. Returns undefined (after a warning) for a
 * dangling or circular chain; load/ validation reports those as errors before we get here.
 */
export function deref<T>(ctx: ModelContext, value: T | { $ref: string } | undefined, at: string): T | undefined {
  const seen = new Set<string>();
  let node: unknown = value;
  while (isRef(node)) {
    if (seen.has(node.$ref)) {
      ctx.warn(at, `circular $ref '${node.$ref}' skipped`);
      return undefined;
    }
    seen.add(node.$ref);
    const target = resolvePointer(ctx.document, node.$ref);
    if (target === undefined) {
      ctx.warn(at, `$ref '${node.$ref}' not found`);
      return undefined;
    }
    node = target;
  }
  return node as T | undefined;
}
