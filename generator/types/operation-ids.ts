// OpenAPI requires every operationId to be unique (3.1 §4.8.10.1); real documents repeat
// them. openapi-typescript keys its `operations` interface by operationId, so a repeat is a
// duplicate identifier in schema.ts and every path with it points at one operation's types.
import type { OpenAPI3, OperationObject, PathItemObject } from "openapi-typescript";
import { HTTP_METHODS } from "../../runtime/descriptors.js";

// openapi-typescript's order of visiting: paths before webhooks, methods in this order.
const ROOTS = ["paths", "webhooks"] as const;

type Visit = (operation: OperationObject, rename: (id: string) => void) => void;

function eachOperation(document: OpenAPI3, visit: Visit): OpenAPI3 {
  let copy = document;
  for (const root of ROOTS) {
    const items = document[root] as Record<string, PathItemObject> | undefined;
    if (typeof items !== "object" || items === null) continue;
    for (const [key, item] of Object.entries(items)) {
      if (typeof item !== "object" || item === null || "$ref" in item) continue;
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (typeof operation !== "object" || operation === null) continue;
        // Copied along the path to the operation, never changed: the caller's document is
        // shared with the model on the in-process path.
        visit(operation, (operationId) => {
          const current = (copy[root] as Record<string, PathItemObject>)[key];
          const renamed = { ...current, [method]: { ...current[method], operationId } };
          copy = { ...copy, [root]: { ...(copy[root] as object), [key]: renamed } };
        });
      }
    }
  }
  return copy;
}

/**
 * The document with every repeated operationId after the first renamed to the next free
 * `<id>2`, `<id>3`, …; the document itself when there is no repeat. Nothing outside
 * schema.ts sees these keys: operations.ts reaches each operation through `paths`.
 */
export function withUniqueOperationIds(document: OpenAPI3): OpenAPI3 {
  const taken = new Set<string>();
  eachOperation(document, (operation) => {
    if (typeof operation.operationId === "string") taken.add(operation.operationId);
  });
  const seen = new Set<string>();
  return eachOperation(document, (operation, rename) => {
    const id = operation.operationId;
    if (typeof id !== "string") return;
    if (!seen.has(id)) return void seen.add(id);
    let n = 2;
    while (taken.has(`${id}${n}`) || seen.has(`${id}${n}`)) n++;
    seen.add(`${id}${n}`);
    rename(`${id}${n}`);
  });
}
