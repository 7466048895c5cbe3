// Test-only: the auth layer with every scheme handler, for hand-written ApiDescriptors.
// Generated clients import only the handlers their security.ts names, so this list ships in
// none of them.
import type { AxiosInstance } from "axios";
import type { AuthHandle, AuthRuntime, AuthSetup, SchemeHandlers } from "../../../runtime/auth/contracts.js";
import { installAuth } from "../../../runtime/auth/install.js";
import {
  apiKeyScheme,
  basicScheme,
  bearerScheme,
  httpScheme,
  mutualTLSScheme,
  oauth2Scheme,
  openIdConnectScheme,
} from "../../../runtime/auth/schemes/handlers.js";
import type { SchemeDescriptors } from "../../../runtime/descriptors.js";

export const allSchemeHandlers: SchemeHandlers = {
  apiKey: apiKeyScheme,
  basic: basicScheme,
  bearer: bearerScheme,
  http: httpScheme,
  oauth2: oauth2Scheme,
  openIdConnect: openIdConnectScheme,
  mutualTLS: mutualTLSScheme,
};

/** ApiDescriptor.authRuntime with every scheme type. */
export const fullAuthRuntime: AuthRuntime = { install: installAuth, handlers: allSchemeHandlers };

/** installAuth's setup with `handlers` optional: every scheme type unless the test names its own. */
export type AnyHandlersSetup<S extends SchemeDescriptors> = Omit<AuthSetup<S>, "handlers"> & Partial<Pick<AuthSetup<S>, "handlers">>;

export function installAllAuth<S extends SchemeDescriptors>(instance: AxiosInstance, setup: AnyHandlersSetup<S>): AuthHandle {
  return installAuth(instance, { ...setup, handlers: setup.handlers ?? allSchemeHandlers });
}
