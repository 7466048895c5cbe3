// The request interceptor (DESIGN §4): picks the security alternative and attaches its
// credentials, or refuses before sending. For a request carrying a token it also wraps the
// adapter, so that a 401 becomes one shared refresh and one retry right at the transport —
// the way axios follows a redirect. Every interceptor of the instance, registered before
// or after this one, then sees one request and one final outcome: a response interceptor
// never handles a recovered 401 nor the retried response twice.
import axios, { getAdapter, isAxiosError, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from "axios";
import type { RequestMeta } from "../../contracts.js";
import type { BuiltScheme } from "../contracts.js";
import { AuthError } from "../errors.js";
import { needsCredentials, selectCredentials } from "../requirements.js";
import { limitsOf } from "../tokens/wait.js";
import { applyCredential, headerOf } from "./apply-credential.js";
import { attemptOf, beginAttempt, retryConfig } from "./attempt.js";
import { isInsufficientScope } from "./insufficient-scope.js";
import { guardRedirects, type OriginPolicy } from "./origin-policy.js";

export interface InterceptorContext {
  schemes: ReadonlyMap<string, BuiltScheme>;
  policy: OriginPolicy;
  /** Runs the instance's other request interceptors on a retry (§4.12; install.ts). */
  reapply: Reapply;
}

type Reapply = (config: InternalAxiosRequestConfig) => Promise<InternalAxiosRequestConfig>;

export function requestInterceptor(context: InterceptorContext) {
  return async (config: InternalAxiosRequestConfig): Promise<InternalAxiosRequestConfig> => {
    const meta: RequestMeta | undefined = config.keyway;
    const operation = meta?.operation;
    // §4.10: nothing to attach means nothing to wait for, not even a refresh in flight.
    if (!needsCredentials(operation)) return config;
    const attempt = beginAttempt(config);
    const credentials = await selectCredentials({
      operation,
      schemes: context.schemes,
      pinned: context.policy.allowsRequest(config),
      limits: limitsOf(config),
    });
    attempt.sent = credentials.filter((credential) => applyCredential(config, credential));
    const headers = attempt.sent.flatMap((credential) => headerOf(credential) ?? []);
    if (headers.length > 0) guardRedirects(config, context.policy, headers);
    // §4.4: a 401 on a call that carried no refreshable credential is the caller's to see.
    if (attempt.sent.some((credential) => credential.source !== undefined)) retryOn401(config, context.reapply);
    return config;
  };
}

/** Our wrappers and what they wrap: a config sent again is wrapped once, not twice. */
const wrapped = new WeakMap<AxiosAdapter, AxiosAdapter>();

/** Wraps the adapter axios would use with one that recovers from a 401 once (§4.2-4.4). */
function retryOn401(config: InternalAxiosRequestConfig, reapply: Reapply): void {
  const chosen = config.adapter ?? axios.defaults.adapter;
  const send: AxiosAdapter = (typeof chosen === "function" ? wrapped.get(chosen) : undefined) ?? getAdapter(chosen, config);
  const wrapper: AxiosAdapter = async (sent) => {
    let response: AxiosResponse;
    try {
      response = await send(sent);
    } catch (error) {
      if (!isAxiosError(error) || error.response?.status !== 401) throw error;
      const retried = await recover(sent, error.response, send, reapply);
      if (retried === undefined) throw error;
      return retried;
    }
    // An instance whose validateStatus lets a 401 through as a response.
    return response.status === 401 ? ((await recover(sent, response, send, reapply)) ?? response) : response;
  };
  wrapped.set(wrapper, send);
  config.adapter = wrapper;
}

/** The retried response, or undefined when this 401 is not one to recover from (§4.8). */
async function recover(config: InternalAxiosRequestConfig, response: AxiosResponse, send: AxiosAdapter, reapply: Reapply): Promise<AxiosResponse | undefined> {
  const attempt = attemptOf(config);
  if (attempt === undefined || isInsufficientScope(response.headers)) return undefined;
  const tokens = attempt.sent.filter((credential) => credential.source !== undefined);
  const limits = limitsOf(config);
  const outcomes = await Promise.all(tokens.map((credential) => credential.source?.recover(credential.fingerprint ?? "", limits)));
  if (!outcomes.includes(true)) return undefined;
  if (config.keyway?.replayable === false) {
    // §4.6, axios#6454: a consumed stream can not be sent again; hanging on it is worse.
    throw new AuthError(
      "not_replayable",
      `${config.keyway.operation.id}: got 401 and a newer token is there now, but the request body is a stream that can not be sent twice; send the request again`,
    );
  }
  // §4.12: through the instance's request interceptors again (a fresh CSRF header), then
  // sent by the same adapter, outside this wrapper: a second 401 is final (§4.4). Response
  // interceptors run once, on whatever this returns.
  return send(await reapply(await retryConfig(config, tokens, limits)));
}
