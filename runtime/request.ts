// The one function every generated operation calls. A short composition: build the axios
// config (request-config.ts, which documents the seam with the auth interceptors), send it on the
// client's own instance, decode the answer (response.ts), and turn failures into ApiError
// or a redacted axios error (errors.ts, redact.ts).
import { isAxiosError, type AxiosResponse } from "axios";
import { clientState, type ClientState, type RuntimeClient } from "./client.js";
import type { RequestArgs, RequestOptions } from "./contracts.js";
import type { OperationDescriptor } from "./descriptors.js";
import { buildRequestConfig } from "./request-config.js";
import { BodyParseError, decodeBody, responseKind } from "./response.js";
import { ApiError } from "./errors.js";
import { cutSecretsIn, plain, redactHeaders } from "./redact.js";
import { carriedSecrets, redactError } from "./redact-error.js";
import { refusalWithoutAuth } from "./auth/requirements.js";

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Record<string, string>;
}

/** Sends one operation and resolves with its parsed 2xx body. */
export function request<T>(
  client: RuntimeClient,
  operation: OperationDescriptor,
  args?: RequestArgs,
  options?: RequestOptions,
): Promise<T> {
  return send(client, operation, args ?? {}, options ?? {}, false) as Promise<T>;
}

/** Like `request`, also resolving with the status and response headers. */
export function requestWithResponse<T>(
  client: RuntimeClient,
  operation: OperationDescriptor,
  args?: RequestArgs,
  options?: RequestOptions,
): Promise<ApiResponse<T>> {
  return send(client, operation, args ?? {}, options ?? {}, true) as Promise<ApiResponse<T>>;
}

/** One async step per call: `full` adds status and headers around the data. */
async function send(client: RuntimeClient, operation: OperationDescriptor, args: RequestArgs, options: RequestOptions, full: boolean): Promise<unknown> {
  const state = client[clientState];
  const refused = state.auth === undefined ? refusalWithoutAuth(operation) : undefined;
  if (refused !== undefined) throw refused;
  let response: AxiosResponse<unknown>;
  try {
    if (state.relativeBaseURL) {
      throw new TypeError(`keyway: baseURL "${state.baseURL}" is relative and there is no page to resolve it against; pass an absolute baseURL`);
    }
    response = await state.axios.request(buildRequestConfig(state, operation, args, options));
  } catch (error) {
    if (isAxiosError(error) && error.response) throw await toApiError(state, operation, error.response, carriedSecrets(error.config, state.sensitive));
    throw redactError(error, state.sensitive);
  }
  const headers = full ? plainHeaders(response.headers) : undefined;
  try {
    const raw = response.data;
    const kind = responseKind(operation, response.status);
    const contentType = headers ? headers["content-type"] : contentTypeOf(response.headers);
    // Text is decoded at once: an await only for bytes, which may be a Blob to read.
    const decoded = decodeBody(raw, kind, contentType, state.api.codecs ?? {});
    const data = decoded instanceof Promise ? await decoded : decoded;
    return headers ? { data, status: response.status, headers } : data;
  } catch (error) {
    if (!(error instanceof BodyParseError)) throw error;
    const shown = redactHeaders(headers ?? plainHeaders(response.headers), state.sensitive);
    throw newApiError(operation, response.status, error.text, shown, error.message);
  }
}

/** DESIGN §4: the credentials the call carried are cut from what the server echoed, body and headers. */
async function toApiError(state: ClientState, operation: OperationDescriptor, response: AxiosResponse<unknown>, secrets: Set<string>): Promise<ApiError> {
  const headers = cutSecretsIn(redactHeaders(plainHeaders(response.headers), state.sensitive), secrets) as Record<string, string>;
  let data: unknown;
  try {
    data = await decodeBody(response.data, responseKind(operation, response.status), headers["content-type"], state.api.codecs ?? {});
  } catch (error) {
    if (!(error instanceof BodyParseError)) throw error;
    data = error.text;
  }
  return newApiError(operation, response.status, cutSecretsIn(data, secrets), headers);
}

function newApiError(operation: OperationDescriptor, status: number, data: unknown, headers: Record<string, unknown>, reason?: string): ApiError {
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
  for (const [k, v] of Object.entries(plain(headers))) {
    if (v != null) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : String(v);
  }
  return out;
}

/** The response's Content-Type without copying every header (AxiosHeaders look up caselessly). */
function contentTypeOf(headers: unknown): string | undefined {
  const get = (headers as { get?: unknown } | undefined)?.get;
  const value = typeof get === "function" ? (get as (name: string) => unknown).call(headers, "content-type") : plainHeaders(headers)["content-type"];
  return value == null ? undefined : String(value);
}
