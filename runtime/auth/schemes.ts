// Turns each configured scheme (OpenAPI 3.1 §4.8.27 Security Scheme Object) into a
// SchemeRuntime through its handler. Schemes the caller did not configure are absent, which
// is what makes an alternative "not fully configured" (DESIGN §4). The handlers come from
// the generated security.ts, which imports only those its document's schemes need, so a
// client without oauth2 carries no token-endpoint code (runtime/auth/handlers.ts).
import type { AxiosInstance } from "axios";
import type { SchemeMap, SchemeSpec } from "../types.js";
import type { SchemeRuntime } from "./credential.js";
import type { TokenSource } from "./source.js";
import type { AuthHooks } from "./types.js";

export interface SchemeContext {
  baseURL: string;
  /** Bare instance for token and discovery requests: none of the client's interceptors. */
  tokenHttp: AxiosInstance;
  hooks: AuthHooks;
  skewMs: number;
  timeoutMs: number;
}

export interface BuiltScheme {
  runtime: SchemeRuntime;
  source?: TokenSource;
}

export type SchemeHandler = (name: string, spec: SchemeSpec, config: unknown, context: SchemeContext) => BuiltScheme;

/** http schemes by their (case-insensitive, RFC 9110 §11.1) name: basic, bearer, or any other. */
export type HandlerKey = "apiKey" | "basic" | "bearer" | "http" | "oauth2" | "openIdConnect" | "mutualTLS";

export type SchemeHandlers = { readonly [K in HandlerKey]?: SchemeHandler };

export function handlerKey(spec: SchemeSpec): HandlerKey {
  if (spec.type !== "http") return spec.type;
  const scheme = spec.scheme.toLowerCase();
  return scheme === "basic" || scheme === "bearer" ? scheme : "http";
}

export function buildSchemes(
  schemes: SchemeMap,
  auth: Readonly<Record<string, unknown>>,
  context: SchemeContext,
  handlers: SchemeHandlers,
): Map<string, BuiltScheme> {
  const built = new Map<string, BuiltScheme>();
  for (const [name, spec] of Object.entries(schemes)) {
    // Own properties only: a scheme named "__proto__" or "toString" must not find Object's.
    const config = Object.prototype.hasOwnProperty.call(auth, name) ? auth[name] : undefined;
    if (config === undefined || config === null || config === false) continue;
    const handler = handlers[handlerKey(spec)];
    if (handler === undefined) {
      throw new TypeError(`keyway: no handler for the ${handlerKey(spec)} scheme "${name}"; ApiSpec.authRuntime.handlers must include it (generated security.ts does)`);
    }
    built.set(name, handler(name, spec, config, context));
  }
  return built;
}
