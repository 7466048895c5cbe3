export {
  createRuntimeClient,
  clientState,
  resolveBaseURL,
  type ClientOptions,
  type ClientState,
  type RuntimeClient,
} from "./client.js";
export { request, requestWithResponse, type ApiResponse } from "./request.js";
export { ApiError, isApiError, type ApiErrorInit } from "./errors.js";
export {
  REDACTED,
  redactConfig,
  redactError,
  redactHeaders,
  redactUrl,
  sensitiveNames,
  type SensitiveNames,
} from "./redact.js";
export { addCookie } from "./headers.js";
export type * from "./types.js";
export type { AuthConfig } from "./auth/index.js";
