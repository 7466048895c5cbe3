// The seam between the generated operations and the runtime. Each operation function calls
// callOperation with its spec as JSON text; the client object's methods are those functions
// with the client bound as their first argument, so client.ts stays a few lines however large
// the document is, and each method keeps its function's signature and JSDoc through the
// mapped type. Both shapes are chosen for what tsc does with a client of a thousand
// operations (bench/lib/typecheck.mjs): a string literal per spec instead of an object literal
// checked against OperationSpec, and `args` taken as `object` because the operation's own
// signature already typed it.
import type { RuntimeClient } from "./client.js";
import { request, requestWithResponse, type ApiResponse } from "./request.js";
import type { OperationSpec, RequestArgs, RequestOptions } from "./types.js";

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

// Parsed on an operation's first call and kept, so each operation has one OperationSpec
// object for the runtime's per-operation tables, and a module nobody calls parses nothing.
const specs = new Map<string, OperationSpec>();

function specOf(json: string): OperationSpec {
  let spec = specs.get(json);
  if (spec === undefined) {
    spec = JSON.parse(json) as OperationSpec;
    specs.set(json, spec);
  }
  return spec;
}

/** Sends one operation (its spec as the generator printed it) and resolves with its 2xx body. */
export function callOperation<T>(client: RuntimeClient, spec: string, args: object | undefined, options: RequestOptions | undefined): Promise<T> {
  return request<T>(client, specOf(spec), args as RequestArgs | undefined, options);
}

/**
 * The `WithResponse` variants: the runtime's status, headers and data, typed as the union of
 * the operation's declared success responses that the generator prints beside it.
 */
export function callOperationWithResponse<R>(client: RuntimeClient, spec: string, args: object | undefined, options: RequestOptions | undefined): Promise<R>;
export function callOperationWithResponse(client: RuntimeClient, spec: string, args: object | undefined, options: RequestOptions | undefined): Promise<ApiResponse<unknown>> {
  return requestWithResponse<unknown>(client, specOf(spec), args as RequestArgs | undefined, options);
}
