// The one function every generated operation calls. A short composition: build the axios
// config (config.ts, which documents the seam with the auth interceptors), send it on the
// client's own instance, decode the answer (response.ts), and turn failures into ApiError
// or a redacted axios error (errors.ts, redact.ts).
import { isAxiosError, type AxiosResponse } from "axios";
import { clientState, type RuntimeClient } from "./client.js";
import type { OperationSpec, RequestArgs, RequestOptions } from "./types.js";
import { buildRequestConfig } from "./config.js";
import { BodyParseError, decodeBody, responseKind } from "./response.js";
import { ApiError } from "./errors.js";
import { redactHeaders, type SensitiveNames } from "./redact.js";
import { redactError } from "./redact-error.js";

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Record<string, string>;
}

/** Sends one operation and resolves with its parsed 2xx body. */
export async function request<T>(
  client: RuntimeClient,
  operation: OperationSpec,
  args?: RequestArgs,
  options?: RequestOptions,
): Promise<T> {
  return (await requestWithResponse<T>(client, operation, args, options)).data;
}

/** Like `request`, also resolving with the status and response headers. */
export async function requestWithResponse<T>(
  client: RuntimeClient,
  operation: OperationSpec,
  args: RequestArgs = {},
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const state = client[clientState];
  let response: AxiosResponse<unknown>;
  try {
    if (state.relativeBaseURL) {
      throw new TypeError(`keyway: baseURL "${state.baseURL}" is relative and there is no page to resolve it against; pass an absolute baseURL`);
    }
    response = await state.axios.request(buildRequestConfig(state, operation, args, options));
  } catch (error) {
    if (isAxiosError(error) && error.response) throw await toApiError(operation, error.response, state.sensitive);
    throw redactError(error, state.sensitive);
  }
  const headers = plainHeaders(response.headers);
  try {
    const data = await decodeBody(response.data, responseKind(operation, response.status), headers["content-type"]);
    return { data: data as T, status: response.status, headers };
  } catch (error) {
    if (!(error instanceof BodyParseError)) throw error;
    throw newApiError(operation, response.status, error.text, redactHeaders(headers, state.sensitive), error.message);
  }
}

async function toApiError(operation: OperationSpec, response: AxiosResponse<unknown>, names: SensitiveNames): Promise<ApiError> {
  const headers = redactHeaders(plainHeaders(response.headers), names) as Record<string, string>;
  let data: unknown;
  try {
    data = await decodeBody(response.data, responseKind(operation, response.status), headers["content-type"]);
  } catch (error) {
    if (!(error instanceof BodyParseError)) throw error;
    data = error.text;
  }
  return newApiError(operation, response.status, data, headers);
}

function newApiError(operation: OperationSpec, status: number, data: unknown, headers: Record<string, unknown>, reason?: string): ApiError {
  return new ApiError({
    status,
    data,
    headers: headers as Record<string, string>,
    operationId: operation.id,
    method: operation.method,
    path: operation.path,
    reason,
  });
}

/** Axios header objects as a plain record with lower-case names. */
function plainHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const source = (headers as { toJSON?: () => Record<string, unknown> } | undefined)?.toJSON?.() ?? headers ?? {};
  for (const [k, v] of Object.entries(source as Record<string, unknown>)) {
    if (v != null) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : String(v);
  }
  return out;
}
