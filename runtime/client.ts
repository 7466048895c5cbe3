// SEAM (owned by the request-path work): the client object every operation receives.
import axios, { type AxiosInstance } from "axios";
import { installAuth, type AuthConfig, type AuthHandle } from "./auth/index.js";
import type { ApiSpec, SchemeMap } from "./types.js";

export const clientState: unique symbol = Symbol("keyway.client");

export interface ClientOptions<S extends SchemeMap = SchemeMap> {
  /** Default: the document's first `servers` entry. */
  baseURL?: string;
  auth?: AuthConfig<S>;
  /** Origins besides baseURL's that may receive credentials. */
  allowedOrigins?: string[];
  onAuthFailure?: (error: Error) => void;
  /** Bring your own instance; keyway adds its interceptors to it only. */
  axios?: AxiosInstance;
  /** Default timeout in milliseconds for each call. */
  timeout?: number;
  headers?: Record<string, string>;
}

export interface ClientState {
  api: ApiSpec;
  axios: AxiosInstance;
  baseURL: string;
  auth: AuthHandle;
  options: ClientOptions;
}

/** Operations live beside this state on the generated client; the symbol keeps names apart. */
export interface RuntimeClient {
  readonly [clientState]: ClientState;
}

export function createRuntimeClient<S extends SchemeMap>(api: ApiSpec<S>, options: ClientOptions<S> = {}): RuntimeClient {
  const instance = options.axios ?? axios.create();
  const baseURL = options.baseURL ?? api.servers[0] ?? "";
  const auth = installAuth(instance, {
    schemes: api.schemes,
    auth: options.auth ?? {},
    baseURL,
    allowedOrigins: options.allowedOrigins ?? [],
    onAuthFailure: options.onAuthFailure,
  });
  return { [clientState]: { api, axios: instance, baseURL, auth, options: options as ClientOptions } };
}
