// DESIGN §4.5 sorts refresh failures in two: rejected (the credentials are no good: clear the
// store, tell onAuthFailure) and transient (try again later: keep them).
import { AuthError, SessionEndedError } from "../errors.js";

/** RFC 6749 §5.2 error codes that mean the grant or the client is no good, whatever the status. */
const REJECTING_CODES = new Set(["invalid_grant", "invalid_client", "unauthorized_client", "invalid_token"]);

export function isRejection(error: unknown): boolean {
  if (error instanceof AuthError) return error.code === "refresh_rejected";
  // By name too: a second copy of the runtime (another generated client) has its own class.
  if (error instanceof SessionEndedError || (error instanceof Error && error.name === "SessionEndedError")) return true;
  if (error === null || typeof error !== "object") return false;
  const source = error as { status?: unknown; statusCode?: unknown; response?: { status?: unknown; data?: unknown } };
  const status = source.response?.status ?? source.status ?? source.statusCode;
  if (status === 400 || status === 401 || status === 403) return true;
  const data = source.response?.data;
  if (data !== null && typeof data === "object") {
    const code = (data as { error?: unknown }).error;
    return typeof code === "string" && REJECTING_CODES.has(code);
  }
  return false;
}
