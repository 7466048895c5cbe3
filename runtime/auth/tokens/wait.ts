// DESIGN §4.7: a caller's AbortSignal or timeout ends that caller's wait for a shared refresh
// at once, with the same errors axios gives for an abort or a timeout, and leaves the
// refresh itself running for the others.
import { AxiosError, CanceledError, type InternalAxiosRequestConfig } from "axios";
import type { WaitLimits } from "../contracts.js";

export function limitsOf(config: InternalAxiosRequestConfig): WaitLimits {
  // axios accepts any object with `aborted` and `onabort`; only a real AbortSignal can be
  // listened to without taking its one `onabort` slot from its owner.
  const candidate = config.signal as Partial<AbortSignal> | undefined;
  const signal = typeof candidate?.addEventListener === "function" ? (candidate as AbortSignal) : undefined;
  const timeoutMs = typeof config.timeout === "number" && config.timeout > 0 ? config.timeout : undefined;
  return { signal, timeoutMs };
}

export function waitFor<T>(work: Promise<T>, limits: WaitLimits): Promise<T> {
  const { timeoutMs } = limits;
  return within(work, limits, () => new AxiosError(`timeout of ${timeoutMs}ms exceeded while waiting for a token refresh`, AxiosError.ECONNABORTED));
}

/** Rejects with `onTimeout()` after `ms`, aborting `controller` so the work can stop too. */
export function withDeadline<T>(work: Promise<T>, ms: number, controller: AbortController, onTimeout: () => Error): Promise<T> {
  return within(work, { timeoutMs: ms }, () => {
    controller.abort();
    return onTimeout();
  });
}

/** `work`, unless the signal aborts or the time runs out first; either way the work goes on. */
function within<T>(work: Promise<T>, { signal, timeoutMs }: WaitLimits, onTimeout: () => Error): Promise<T> {
  if (signal === undefined && timeoutMs === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const fail = (error: unknown): void => {
      done();
      reject(error);
    };
    // No config on these errors: at this point it may already carry a credential.
    const onAbort = (): void => fail(new CanceledError());
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    if (timeoutMs !== undefined) timer = setTimeout(() => fail(onTimeout()), timeoutMs);
    work.then((value) => {
      done();
      resolve(value);
    }, fail);
  });
}
