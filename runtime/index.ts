// The runtime's one public export list: what a generated client's index.ts re-exports
// (`export * from "./runtime/index.js"`), the names its users need. Generated files and tests
// import everything else from the module that owns it. The model keeps operation names clear
// of every value exported here (generator/model/names.ts, test/model/exported-names.test.ts).
export { signIn, signOut, type RuntimeClient } from "./client.js";
export type { RequestOptions } from "./contracts.js";
export { ApiError, isApiError } from "./errors.js";
export type { ApiResponse } from "./request.js";
export { AuthError, SessionEndedError, isAuthError, type AuthErrorCode } from "./auth/errors.js";
export { cookieTokenStore, localStorageTokenStore, memoryTokenStore, sessionStorageTokenStore } from "./auth/tokens/stores.js";
export type { StorageLike, WebStorageStoreOptions } from "./auth/tokens/stores.js";
export type {
  ApiKeyConfig,
  AuthConfig,
  BasicConfig,
  BearerConfig,
  BrowserManaged,
  HttpRawConfig,
  OAuth2Config,
  OpenIdConnectConfig,
  OperationRefresh,
  RefreshConfig,
  RefreshFn,
  RefreshOptions,
  TokenSet,
  TokenStore,
} from "./auth/config.js";
