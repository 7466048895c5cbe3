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
  redactHeaders,
  redactUrl,
  sensitiveNames,
  type SensitiveNames,
} from "./redact.js";
export { redactError } from "./redact-error.js";
export { addCookie } from "./headers.js";
export type * from "./types.js";
export type {
  AuthConfig,
  ApiKeyConfig,
  BasicConfig,
  BearerConfig,
  HttpRawConfig,
  OAuth2Config,
  OpenIdConnectConfig,
  RefreshFn,
  RefreshOptions,
  SchemeConfig,
  StorageLike,
  TokenSet,
  TokenStore,
  WebStorageStoreOptions,
} from "./auth/index.js";
export {
  AuthError,
  isAuthError,
  cookieTokenStore,
  localStorageTokenStore,
  memoryTokenStore,
  sessionStorageTokenStore,
  type AuthErrorCode,
} from "./auth/index.js";
export { signOut } from "./auth/sign-out.js";
export {
  allSchemeHandlers,
  apiKeyScheme,
  basicScheme,
  bearerScheme,
  httpScheme,
  mutualTLSScheme,
  oauth2Scheme,
  openIdConnectScheme,
} from "./auth/handlers.js";
export type { SchemeHandler, SchemeHandlers } from "./auth/schemes.js";
export { installAuth } from "./auth/install.js";
export { fullAuthRuntime } from "./auth/index.js";
