// DESIGN §4.1: expiry comes from `expiresAt`, else `expires_in` counted from receipt, else a
// JWT's `exp` (RFC 7519 §4.1.4); an opaque token with none of these has no known expiry.
import type { TokenSet } from "../config.js";

export const DEFAULT_SKEW_MS = 30_000;

/**
 * Tokens as received from a refresh or a token endpoint, with `expiresIn` made absolute now.
 * RFC 6749 §6: when the server issues no new refresh token the old one stays valid, so it is
 * carried over; a rotated one replaces it.
 */
export function normalizeTokens(received: TokenSet, previous: TokenSet | null, now = Date.now()): TokenSet {
  const tokens: TokenSet = { accessToken: received.accessToken };
  const refreshToken = received.refreshToken ?? previous?.refreshToken;
  if (refreshToken !== undefined) tokens.refreshToken = refreshToken;
  const expiresAt = received.expiresAt ?? (isSeconds(received.expiresIn) ? now + received.expiresIn * 1000 : undefined);
  if (expiresAt !== undefined) tokens.expiresAt = expiresAt;
  if (received.tokenType !== undefined) tokens.tokenType = received.tokenType;
  if (received.scope !== undefined) tokens.scope = received.scope;
  return tokens;
}

/** Epoch ms at which the access token stops working, or undefined when nothing says so. */
function expiryOf(tokens: TokenSet): number | undefined {
  if (typeof tokens.expiresAt === "number" && Number.isFinite(tokens.expiresAt)) return tokens.expiresAt;
  const exp = jwtExp(tokens.accessToken);
  return exp === undefined ? undefined : exp * 1000;
}

export function isExpiring(tokens: TokenSet, skewMs: number, now = Date.now()): boolean {
  const expiry = expiryOf(tokens);
  return expiry !== undefined && expiry - skewMs <= now;
}

function isSeconds(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** The `exp` claim of a JWS compact serialization; the signature is the server's business. */
function jwtExp(token: string): number | undefined {
  const [, payload, signature] = token.split(".");
  if (payload === undefined || signature === undefined || payload.length > 8192) return undefined;
  try {
    const claims: unknown = JSON.parse(base64UrlDecode(payload));
    if (claims !== null && typeof claims === "object" && "exp" in claims) {
      const exp = (claims as { exp: unknown }).exp;
      return typeof exp === "number" && Number.isFinite(exp) ? exp : undefined;
    }
  } catch {
    // Not a JWT after all: opaque tokens are refreshed on 401 only (§4.1).
  }
  return undefined;
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
