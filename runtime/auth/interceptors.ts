// The one interceptor pair (DESIGN §4): the request side picks the security alternative and
// attaches its credentials or refuses before sending; the response side turns a 401 into one
// shared refresh and one retry.
import { isAxiosError, type AxiosInstance, type AxiosResponse, type InternalAxiosRequestConfig } from "axios";
import { applyCredential } from "./apply.js";
import { attemptOf, beginAttempt, retryConfig } from "./attempt.js";
import { isInsufficientScope } from "./classify.js";
import { AuthError } from "./errors.js";
import { guardRedirects, targetURL, type OriginPolicy } from "./origin.js";
import { selectCredentials } from "./requirements.js";
import type { BuiltScheme } from "./schemes.js";
import { limitsOf } from "./wait.js";

export interface InterceptorContext {
  instance: AxiosInstance;
  schemes: ReadonlyMap<string, BuiltScheme>;
  policy: OriginPolicy;
}

export function requestInterceptor(context: InterceptorContext) {
  return async (config: InternalAxiosRequestConfig): Promise<InternalAxiosRequestConfig> => {
    const operation = config.keyway?.operation;
    // §4.10: nothing to attach means nothing to wait for, not even a refresh in flight.
    if (operation === undefined || operation.security.length === 0) return config;
    const attempt = beginAttempt(config);
    const credentials = await selectCredentials({
      operation,
      schemes: context.schemes,
      pinned: context.policy.allows(targetURL(config)),
      limits: limitsOf(config),
      // The retry after a refresh sends what it has: no second refresh for it (§4.4).
      proactive: !attempt.retried,
    });
    const headers: string[] = [];
    for (const credential of credentials) {
      const header = applyCredential(config, credential);
      if (header !== undefined) headers.push(header);
    }
    attempt.sent = credentials;
    if (headers.length > 0) guardRedirects(config, context.policy, headers);
    return config;
  };
}

/** For instances whose validateStatus lets a 401 through as a response. */
export function responseInterceptor(context: InterceptorContext) {
  return async (response: AxiosResponse): Promise<AxiosResponse> => {
    if (response.status !== 401) return response;
    return (await recover(context, response.config, response)) ?? response;
  };
}

export function errorInterceptor(context: InterceptorContext) {
  return async (error: unknown): Promise<AxiosResponse> => {
    if (!isAxiosError(error) || error.response?.status !== 401 || error.config === undefined) throw error;
    const retried = await recover(context, error.config, error.response);
    if (retried === undefined) throw error;
    return retried;
  };
}

/** The retried response, or undefined when this 401 is not ours to handle (§4.4, §4.8). */
async function recover(
  context: InterceptorContext,
  config: InternalAxiosRequestConfig,
  response: AxiosResponse,
): Promise<AxiosResponse | undefined> {
  const attempt = attemptOf(config);
  if (attempt === undefined || attempt.retried || isInsufficientScope(response.headers)) return undefined;
  const tokens = attempt.sent.filter((credential) => credential.source !== undefined);
  // §4.4: a 401 on a call that carried no refreshable credential is the caller's to see.
  if (tokens.length === 0) return undefined;
  const limits = limitsOf(config);
  const outcomes = await Promise.all(tokens.map((credential) => credential.source?.recover(credential.fingerprint ?? "", limits)));
  if (!outcomes.includes(true)) return undefined;
  if (config.keyway?.replayable === false) {
    // §4.6, axios#6454: a consumed stream can not be sent again; hanging on it is worse.
    throw new AuthError(
      "not_replayable",
      `${config.keyway.operation.id}: got 401 and the token is renewed now, but the request body is a stream that can not be sent twice; send the request again`,
    );
  }
  return context.instance.request(retryConfig(config, attempt));
}
