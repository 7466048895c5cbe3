// DESIGN §4 (last paragraph): the cause an AuthError carries is a detached, scrubbed copy, so
// printing, JSON.stringify or util.inspect of the error shows no token, refresh token or
// client secret, even one a hostile token endpoint echoed back (runtime/redact.ts scrub).
import { scrub, scrubValue } from "../redact.js";
import { AuthError } from "./errors.js";

/**
 * A detached, scrubbed copy of a cause. Keeps what a caller needs to decide (name, message,
 * code, HTTP status, the token endpoint's error body) and drops request configs, sockets and
 * headers, which is where credentials live on an AxiosError.
 */
export function safeCause(cause: unknown, secrets: readonly (string | undefined)[]): unknown {
  if (cause instanceof AuthError) return cause;
  if (!(cause instanceof Error)) return scrubValue(cause, secrets);
  const copy = new Error(scrub(cause.message, secrets));
  copy.name = cause.name;
  copy.stack = scrub(cause.stack ?? "", secrets);
  const source = cause as Error & { code?: unknown; status?: unknown; data?: unknown; response?: { status?: unknown; data?: unknown } };
  const extra: Record<string, unknown> = {};
  if (typeof source.code === "string") extra.code = source.code;
  const status = source.response?.status ?? source.status;
  if (typeof status === "number") extra.status = status;
  // An axios error keeps the body on its response; an ApiError (a refresh through the client's own operation) on itself.
  const data = source.response === undefined ? source.data : source.response.data;
  if (data !== undefined) extra.data = scrubValue(data, secrets);
  return Object.assign(copy, extra);
}
