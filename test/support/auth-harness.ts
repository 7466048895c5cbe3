// Drives the auth interceptors the way the request path does: a plain axios instance of
// the test's own, configs carrying `keyway` metadata, and installAuth as createClient calls it.
import axios, { type AxiosInstance, type AxiosResponse } from "axios";
import type { AuthConfig } from "../../runtime/auth/config.js";
import type { AuthHandle, AuthSetup } from "../../runtime/auth/contracts.js";
import type { OperationDescriptor, SchemeDescriptors, SecurityRequirement } from "../../runtime/descriptors.js";
import { installAllAuth } from "../runtime/auth/all-handlers.js";
import type { AuthServer } from "./auth-servers.js";

export const schemes = {
  bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
  other: { type: "http", scheme: "bearer" },
  basic: { type: "http", scheme: "basic" },
  digest: { type: "http", scheme: "Digest" },
  headerKey: { type: "apiKey", in: "header", name: "X-API-Key" },
  queryKey: { type: "apiKey", in: "query", name: "api_key" },
  cookieKey: { type: "apiKey", in: "cookie", name: "session_key" },
  oauth: {
    type: "oauth2",
    flows: { authorizationCode: { authorizationUrl: "/authorize", tokenUrl: "/token", refreshUrl: "/refresh", scopes: {} } },
  },
  service: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "/token", scopes: { read: "read" } } } },
  oidc: { type: "openIdConnect", openIdConnectUrl: "/.well-known/openid-configuration" },
} as const satisfies SchemeDescriptors;

export type Schemes = typeof schemes;

export function op(security: readonly SecurityRequirement[], overrides: Partial<OperationDescriptor> = {}): OperationDescriptor {
  return { id: "testOperation", method: "get", path: "/protected", params: [], responses: { "200": "json" }, security, ...overrides };
}

export interface CallOptions {
  url?: string;
  data?: unknown;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  signal?: AbortSignal;
  timeout?: number;
  replayable?: boolean;
}

export interface Harness {
  instance: AxiosInstance;
  handle: AuthHandle;
  call(operation: OperationDescriptor, options?: CallOptions): Promise<AxiosResponse<Record<string, unknown>>>;
}

export function harness(
  server: AuthServer,
  auth: AuthConfig<Schemes>,
  extra: Partial<AuthSetup<Schemes>> & { instance?: AxiosInstance } = {},
): Harness {
  const instance = extra.instance ?? axios.create({ baseURL: server.origin });
  const handle = installAllAuth(instance, { schemes, auth, baseURL: server.origin, allowedOrigins: [], ...extra });
  return {
    instance,
    handle,
    call: (operation, options = {}) =>
      instance.request({
        method: operation.method,
        url: options.url ?? operation.path,
        data: options.data,
        headers: options.headers,
        params: options.params,
        signal: options.signal,
        timeout: options.timeout,
        keyway: { operation, replayable: options.replayable ?? true },
      }),
  };
}

/** The rejection of a promise that must reject (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}
