// AuthError: every failure of the auth layer. DESIGN §4 (last paragraph): errors print,
// JSON.stringify and util.inspect without any token, refresh token, api key or cookie, so
// nothing here keeps a reference to a request config (axios#2648, #4246): a cause is attached
// only as the detached, scrubbed copy safe-cause.ts makes. Our own messages name schemes and
// operations, never values. Kept free of the redactor, so a client whose auth raises only
// its own errors (missing credentials, a bad value) bundles none of it.

export type AuthErrorCode =
  /** No alternative of the operation's security requirement is configured (sent nothing). */
  | "missing_credentials"
  /** The request targets an origin that may not receive credentials (DESIGN §4, origins). */
  | "origin_not_allowed"
  /** A configured credential can not be put on the wire (CR/LF, ':' in a basic username). */
  | "invalid_credential"
  /** The token endpoint or custom refresh said 400/401/403: the session is over (§4.5). */
  | "refresh_rejected"
  /** Network error, 5xx or timeout while refreshing; tokens kept (§4.5). */
  | "refresh_failed"
  /** signOut, or an emptied store, won over a refresh in flight (§4.9). */
  | "signed_out"
  /** A 401 on a request whose body can not be sent twice (§4.6). */
  | "not_replayable"
  /** The OpenID Connect discovery document could not be read. */
  | "discovery_failed";

export interface AuthErrorOptions {
  /** What went wrong underneath, as safeCause (safe-cause.ts) copied it: never a raw axios error. */
  cause?: unknown | undefined;
  /** Scheme the error is about, by its securitySchemes name. */
  scheme?: string | undefined;
}

// Fields `declare`d and set in the constructor: no defineProperty helper in pre-ES2022 bundles.
export class AuthError extends Error {
  declare readonly name: "AuthError";
  declare readonly code: AuthErrorCode;
  declare readonly scheme?: string | undefined;

  constructor(code: AuthErrorCode, message: string, options: AuthErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AuthError";
    this.code = code;
    if (options.scheme !== undefined) this.scheme = options.scheme;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, scheme: this.scheme, message: this.message, cause: describe(this.cause) };
  }
}

export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}

/** The same failure for another waiter of one refresh episode: same code and cause, its own stack. */
export function waiterCopy(error: AuthError): AuthError {
  const copy = new AuthError(error.code, error.message, { scheme: error.scheme });
  if (error.cause !== undefined) Object.defineProperty(copy, "cause", { value: error.cause, writable: true, configurable: true });
  return copy;
}

/**
 * DESIGN §4.5: what a custom `refresh` throws to say the session is over (the refresh token
 * was revoked, the user must sign in again), as opposed to a transient failure. The episode
 * then ends with `refresh_rejected`, the store is cleared and onAuthFailure runs.
 */
export class SessionEndedError extends Error {
  declare readonly name: "SessionEndedError";

  constructor(message = "the session has ended", options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SessionEndedError";
  }
}

function describe(cause: unknown): unknown {
  if (cause instanceof AuthError) return cause.toJSON();
  if (!(cause instanceof Error)) return cause;
  const { code, status, data } = cause as Error & { code?: unknown; status?: unknown; data?: unknown };
  return { name: cause.name, message: cause.message, code, status, data };
}
