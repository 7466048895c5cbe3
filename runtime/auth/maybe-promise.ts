// Values that are sometimes promises. Static credentials answer synchronously: each promise
// on the request path is an allocation and a tick on every call, so these helpers await
// only what is really pending.
import type { MaybePromise } from "./config.js";

export function isThenable<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === "function";
}

/** `f(value)`, after `value` settles when it is a promise. */
export function andThen<T, R>(value: MaybePromise<T>, f: (value: T) => R): MaybePromise<R> {
  return isThenable(value) ? value.then(f) : f(value);
}
