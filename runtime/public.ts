// What a generated client's index.ts re-exports from its runtime: the names users need.
// The model keeps operation names clear of every value exported here (see
// generator/model/names.ts and test/model/exported-names.test.ts).
export { ApiError, isApiError, type ApiResponse } from "./index.js";
export {
  AuthError,
  isAuthError,
  cookieTokenStore,
  localStorageTokenStore,
  memoryTokenStore,
  sessionStorageTokenStore,
  signOut,
  type AuthErrorCode,
} from "./index.js";
export type {
  ApiKeyConfig,
  AuthConfig,
  BasicConfig,
  BearerConfig,
  HttpRawConfig,
  OAuth2Config,
  OpenIdConnectConfig,
  RefreshFn,
  RefreshOptions,
  RequestOptions,
  RuntimeClient,
  StorageLike,
  TokenSet,
  TokenStore,
  WebStorageStoreOptions,
} from "./index.js";
