// The seam between the generated operation functions and the runtime: each calls
// callOperation with its OperationDescriptor as JSON text, parsed here on the operation's
// first call and cached. Both shapes are chosen for what tsc does with a client of a thousand
// operations (bench/lib/typecheck.mjs): a string literal per operation instead of an object
// literal checked against OperationDescriptor, and `args` taken as `object` because the
// operation's own signature already typed it.
import type { RuntimeClient } from "./client.js";
import type { RequestArgs, RequestOptions } from "./contracts.js";
import type { OperationDescriptor } from "./descriptors.js";
import { request, requestWithResponse, type ApiResponse } from "./request.js";

// Kept after the first parse, so each operation has one OperationDescriptor object for the
// runtime's per-operation tables, and a module nobody calls parses nothing.
const descriptors = new Map<string, OperationDescriptor>();

export function descriptorOf(json: string): OperationDescriptor {
  let descriptor = descriptors.get(json);
  if (descriptor === undefined) {
    descriptor = JSON.parse(json) as OperationDescriptor;
    descriptors.set(json, descriptor);
  }
  return descriptor;
}

/** Sends one operation (its descriptor as the generator printed it) and resolves with its 2xx body. */
export function callOperation<T>(client: RuntimeClient, descriptor: string, args: object | undefined, options: RequestOptions | undefined): Promise<T> {
  return request<T>(client, descriptorOf(descriptor), args as RequestArgs | undefined, options);
}

/**
 * The `WithResponse` variants: the runtime's status, headers and data, typed as the union of
 * the operation's declared success responses that the generator prints beside it.
 */
export function callOperationWithResponse<R>(client: RuntimeClient, descriptor: string, args: object | undefined, options: RequestOptions | undefined): Promise<R>;
export function callOperationWithResponse(client: RuntimeClient, descriptor: string, args: object | undefined, options: RequestOptions | undefined): Promise<ApiResponse<unknown>> {
  return requestWithResponse<unknown>(client, descriptorOf(descriptor), args as RequestArgs | undefined, options);
}
