// DESIGN §4 "Refresh from the document": `refresh` may name one of the document's operations
// instead of being a function. The call goes through the client's own method, so it is
// serialized, sent (withCredentials, browser-managed cookies) and turned into an ApiError
// like any other call; being public or cookie-secured it never waits on the refresh it
// serves (§4.10). What it answers becomes a TokenSet through `select`, by default by the
// names RFC 6749 §5.1 gives them (or TokenSet's own), at the top level or under `data`.
import type { RefreshConfig, RefreshFn, TokenSet } from "../config.js";
import type { OperationLookup } from "../contracts.js";

interface Described {
  operation: string;
  args?: ((tokens: TokenSet | null) => unknown) | undefined;
  select?: ((response: never) => TokenSet) | undefined;
}

export function refreshFunction(refresh: RefreshConfig | undefined, lookup: OperationLookup): RefreshFn | undefined {
  if (refresh === undefined || typeof refresh === "function") return refresh;
  const described: Described = typeof refresh === "string" ? { operation: refresh } : (refresh as Described);
  return async (current, { signal }) => {
    const method = lookup(described.operation);
    if (method === undefined) throw new TypeError(`keyway: refresh names "${described.operation}", which is not an operation of this client`);
    const args = described.args === undefined ? defaultArgs(current) : described.args(current);
    const response = await method(args as object | undefined, { signal });
    return described.select === undefined ? tokensFrom(response) : (described.select as (response: unknown) => TokenSet)(response);
  };
}

/** RFC 6749 §6: the refresh token in `refresh_token`; nothing when script holds none (cookie sessions). */
function defaultArgs(current: TokenSet | null): object | undefined {
  return current?.refreshToken === undefined ? undefined : { body: { refresh_token: current.refreshToken } };
}

/**
 * A TokenSet from a token response: RFC 6749 §5.1 names (access_token, refresh_token,
 * expires_in, token_type, scope) or TokenSet's camelCase ones, at the top level or in a
 * `{ data: ... }` envelope. Without an access token the refresh fails as "no access token".
 */
export function tokensFrom(response: unknown): TokenSet {
  const top = record(response);
  const source = hasAccessToken(top) ? top : record(top.data);
  const text = (a: string, b: string) => (typeof source[a] === "string" ? source[a] : typeof source[b] === "string" ? source[b] : undefined) as string | undefined;
  const expiresIn = source.expires_in ?? source.expiresIn;
  return {
    accessToken: text("access_token", "accessToken") ?? "",
    refreshToken: text("refresh_token", "refreshToken"),
    expiresIn: typeof expiresIn === "number" ? expiresIn : undefined,
    tokenType: text("token_type", "tokenType"),
    scope: text("scope", "scope"),
  };
}

function hasAccessToken(value: Record<string, unknown>): boolean {
  return typeof value.access_token === "string" || typeof value.accessToken === "string";
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
}
