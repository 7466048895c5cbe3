// The client object's methods: the generated operation functions with the client bound as
// their first argument, so client.ts stays a few lines however large the document is, and
// each method keeps its function's signature and JSDoc through the mapped type.
import type { RuntimeClient } from "./client.js";

type Operation = (client: RuntimeClient, ...args: never[]) => unknown;

/** Every operation of a module, with its first (client) parameter bound. */
export type BoundOperations<M> = {
  readonly [K in keyof M]: M[K] extends (client: RuntimeClient, ...args: infer A) => infer R ? (...args: A) => R : never;
};

export function bindOperations<M extends object>(client: RuntimeClient, operations: M): BoundOperations<M> {
  const bound: Record<string, unknown> = {};
  for (const [name, operation] of Object.entries(operations)) {
    if (typeof operation === "function") {
      bound[name] = (...args: never[]) => (operation as Operation)(client, ...args);
    }
  }
  return bound as BoundOperations<M>;
}
