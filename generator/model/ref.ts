// Local $ref resolution inside the bundled document. load/ has already pulled external
// files in, so every $ref left is a JSON pointer into the same document (RFC 6901), and load
// has checked each one with the resolver used here (load/refs.ts resolveRef).
import type { OpenAPI3 } from "openapi-typescript";
import { resolveRef } from "../load/refs.js";

export interface ModelContext {
  document: OpenAPI3;
  warn(pointer: string, message: string): void;
}

function isRef(value: unknown): value is { $ref: string } {
  return typeof value === "object" && value !== null && typeof (value as { $ref?: unknown }).$ref === "string";
}

/**
 * Follows `$ref` chains to the object they name. Returns undefined (after a warning) for a
 * circular chain, which load accepts (a schema may refer to itself), or for a dangling one,
 * which load reports first; the model is also built from documents load never saw (tests).
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
    const target = resolveRef(ctx.document, node.$ref);
    if (target === undefined) {
      ctx.warn(at, `$ref '${node.$ref}' not found`);
      return undefined;
    }
    node = target;
  }
  return node as T | undefined;
}
