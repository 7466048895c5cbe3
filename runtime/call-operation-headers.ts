// The `WithResponse` variants of operations whose success responses declare typed headers
// (OpenAPI 3.1 §4.8.21): like callOperationWithResponse, with those headers parsed
// (header-values.ts). A generated operations file imports this module only when one of its
// operations needs it, so a client without typed headers bundles none of it.
import type { RuntimeClient } from "./client.js";
import type { RequestArgs, RequestOptions } from "./contracts.js";
import { descriptorOf } from "./call-operation.js";
import { parsedHeaders } from "./header-values.js";
import { requestWithResponse } from "./request.js";

export function callOperationWithHeaders<R>(client: RuntimeClient, descriptor: string, args: object | undefined, options: RequestOptions | undefined): Promise<R>;
export async function callOperationWithHeaders(client: RuntimeClient, descriptor: string, args: object | undefined, options: RequestOptions | undefined): Promise<unknown> {
  const operation = descriptorOf(descriptor);
  const response = await requestWithResponse<unknown>(client, operation, args as RequestArgs | undefined, options);
  return { ...response, headers: parsedHeaders(operation, response.status, response.headers) };
}
