// The auth layer's public face: types, AuthError, the token stores, and `installAuth`.
// Generated clients reach the installer through runtime/client.ts with the handlers their
// security.ts imports; this `installAuth` brings every handler, for hand-written setups.
import type { AxiosInstance } from "axios";
import type { SchemeMap } from "../types.js";
import { allSchemeHandlers } from "./handlers.js";
import { installAuth as install, type AuthHandle, type AuthSetup } from "./install.js";
import type { AuthRuntime } from "../types.js";

export type * from "./types.js";
export type { AuthHandle } from "./install.js";
export type { AuthRuntime } from "../types.js";
export type { SchemeHandler, SchemeHandlers } from "./schemes.js";
export { AuthError, isAuthError, type AuthErrorCode } from "./errors.js";
export { cookieTokenStore, localStorageTokenStore, memoryTokenStore, sessionStorageTokenStore } from "./stores.js";
export type { StorageLike, WebStorageStoreOptions } from "./stores.js";
export {
  allSchemeHandlers,
  apiKeyScheme,
  basicScheme,
  bearerScheme,
  httpScheme,
  mutualTLSScheme,
  oauth2Scheme,
  openIdConnectScheme,
} from "./handlers.js";

/** installAuth's setup; `handlers` defaults to every scheme type. */
export type AuthSetupInput<S extends SchemeMap = SchemeMap> = Omit<AuthSetup<S>, "handlers"> & Partial<Pick<AuthSetup<S>, "handlers">>;
export type { AuthSetupInput as AuthSetup };

export function installAuth<S extends SchemeMap>(instance: AxiosInstance, setup: AuthSetupInput<S>): AuthHandle {
  return install(instance, { ...setup, handlers: setup.handlers ?? allSchemeHandlers });
}

/** ApiSpec.authRuntime with every scheme type, for hand-written ApiSpecs and tests. */
export const fullAuthRuntime: AuthRuntime = { install, handlers: allSchemeHandlers };
