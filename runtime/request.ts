// SEAM (owned by the request-path work): the one function every generated operation calls.
import type { RuntimeClient } from "./client.js";
import type { OperationSpec, RequestArgs, RequestOptions } from "./types.js";

export async function request<T>(
  _client: RuntimeClient,
  _operation: OperationSpec,
  _args: RequestArgs | undefined,
  _options?: RequestOptions,
): Promise<T> {
  throw new Error("not built yet");
}
