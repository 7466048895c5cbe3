// DESIGN §4.12: a retried request passes through the instance's request interceptors again,
// so what they add per request (a CSRF header, a request id, a timestamp signature) is fresh
// on the retry; response interceptors still run once per call, on the final response, because
// the retry happens inside the adapter (interceptors.ts).
import type { AxiosInstance, InternalAxiosRequestConfig } from "axios";

interface HandlerLike {
  fulfilled?: ((config: InternalAxiosRequestConfig) => InternalAxiosRequestConfig | Promise<InternalAxiosRequestConfig>) | null;
  runWhen?: ((config: InternalAxiosRequestConfig) => boolean) | null;
}

/**
 * Every request interceptor of the instance but ours (the retry already carries the new
 * token), in the order axios runs them: the last registered first (axios lib/core/Axios.js
 * unshifts each onto the chain); an ejected one is skipped by forEach, runWhen is honoured.
 */
export async function reapplyRequestInterceptors(instance: AxiosInstance, ours: unknown, config: InternalAxiosRequestConfig): Promise<InternalAxiosRequestConfig> {
  const handlers: HandlerLike[] = [];
  (instance.interceptors.request as unknown as { forEach(fn: (handler: HandlerLike) => void): void }).forEach((handler) => handlers.push(handler));
  let current = config;
  for (const handler of handlers.reverse()) {
    if (handler.fulfilled === ours || typeof handler.fulfilled !== "function") continue;
    if (typeof handler.runWhen === "function" && !handler.runWhen(current)) continue;
    current = await handler.fulfilled(current);
  }
  return current;
}
