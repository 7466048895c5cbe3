// Installs credential attachment and refresh/retry on the client's own axios instance —
// never on the global axios (DESIGN §4). One request interceptor does it all; the 401 retry
// lives in the adapter it wraps (transport/interceptors.ts). The scheme handlers are passed
// in, so only those a document uses are bundled (schemes/handlers.ts).
import type { AxiosInstance, InternalAxiosRequestConfig } from "axios";
import type { SchemeDescriptors } from "../descriptors.js";
import type { RequestMeta } from "../contracts.js";
import type { AuthHandle, AuthSetup } from "./contracts.js";
import { needsCredentials } from "./requirements.js";
import { buildSchemes } from "./schemes/build-schemes.js";
import { DEFAULT_SKEW_MS } from "./tokens/expiry.js";
import { requestInterceptor, type InterceptorContext } from "./transport/interceptors.js";
import { reapplyRequestInterceptors } from "./transport/reapply-interceptors.js";
import { originPolicy } from "./transport/origin-policy.js";

const DEFAULT_REFRESH_TIMEOUT_MS = 30_000;

/** Marks an instance as carrying keyway's pair; Symbol.for so two runtime copies agree. */
const INSTALLED = Symbol.for("keyway.auth.installed");

export function installAuth<S extends SchemeDescriptors>(instance: AxiosInstance, setup: AuthSetup<S>): AuthHandle {
  const marked = instance as AxiosInstance & { [INSTALLED]?: true };
  // A second pair would attach its own client's credentials to the first client's calls
  // (the request config does not say which client sent it): refuse rather than mix them.
  if (marked[INSTALLED]) {
    throw new TypeError("keyway: this axios instance already serves another client; give each client its own instance (axios.create())");
  }
  marked[INSTALLED] = true;
  const schemes = buildSchemes(setup.schemes, setup.auth as Readonly<Record<string, unknown>>, {
    baseURL: setup.baseURL,
    operation: setup.operation ?? (() => undefined),
    instance,
    hooks: { onAuthFailure: setup.onAuthFailure, onTokensRefreshed: setup.onTokensRefreshed },
    skewMs: setup.skewMs ?? DEFAULT_SKEW_MS,
    timeoutMs: setup.timeoutMs ?? DEFAULT_REFRESH_TIMEOUT_MS,
  }, setup.handlers);
  const context: InterceptorContext = {
    schemes,
    policy: originPolicy(setup.baseURL, setup.allowedOrigins),
    reapply: (config) => reapplyRequestInterceptors(instance, ours, config),
  };
  const ours = requestInterceptor(context);
  // §4.10: a call without security is skipped by axios itself, so it takes no async hop here.
  instance.interceptors.request.use(ours, undefined, { runWhen: carriesSecurity });
  return {
    sources: (only) => [...schemes.entries()].flatMap(([name, scheme]) => (scheme.source === undefined || (only !== undefined && only !== name) ? [] : [scheme.source])),
  };
}

function carriesSecurity(config: InternalAxiosRequestConfig): boolean {
  const meta: RequestMeta | undefined = config.keyway;
  return needsCredentials(meta?.operation);
}
