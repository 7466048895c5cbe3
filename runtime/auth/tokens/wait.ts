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
  const { signal, timeoutMs } = limits;
  if (signal === undefined && timeoutMs === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      finish();
      // No config on these errors: at this point it may already carry a credential.
      reject(new CanceledError());
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    if (timeoutMs !== undefined) {
      timer = setTimeout(() => {
        finish();
        const message = `timeout of ${timeoutMs}ms exceeded while waiting for a token refresh`;
        reject(new AxiosError(message, AxiosError.ECONNABORTED));
      }, timeoutMs);
    }
    work.then(
      (value) => {
        finish();
        resolve(value);
      },
      (error: unknown) => {
        finish();
        reject(error);
      },
    );
  });
}

/** Rejects with `onTimeout()` after `ms`, aborting `controller` so the work can stop too. */
export function withDeadline<T>(work: Promise<T>, ms: number, controller: AbortController, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      controller.abort();
      reject(onTimeout());
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
