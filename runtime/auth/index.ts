// SEAM (owned by the auth work): installs credential attachment and refresh/retry as one
// interceptor pair on the client's own axios instance.
import type { AxiosInstance } from "axios";
import type { SchemeMap } from "../types.js";

/** The `auth` option of createClient: keys are the document's securitySchemes names. */
export type AuthConfig<S extends SchemeMap> = { [K in keyof S]?: unknown };

export interface AuthSetup<S extends SchemeMap = SchemeMap> {
  schemes: S;
  auth: AuthConfig<S>;
  baseURL: string;
  allowedOrigins: readonly string[];
  onAuthFailure?: (error: Error) => void;
}

export interface AuthHandle {
  signOut(): Promise<void>;
}

export function installAuth<S extends SchemeMap>(_instance: AxiosInstance, _setup: AuthSetup<S>): AuthHandle {
  return { signOut: async () => {} };
}
