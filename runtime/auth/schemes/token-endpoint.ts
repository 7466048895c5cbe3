// OAuth 2.0 token endpoint requests (RFC 6749): the refresh_token grant (§6) and the
// client_credentials grant (§4.4), form-urlencoded (Appendix B), with client authentication
// for confidential clients (§2.3.1). They go through a bare axios instance of their own, so
// the refresh call never passes the refresh logic (DESIGN §4.4).
import axios, { type AxiosInstance, type CreateAxiosDefaults } from "axios";
import type { OAuth2Config, RefreshContext, TokenSet } from "../config.js";
import { AuthError } from "../errors.js";
import { safeCause } from "../safe-cause.js";
import { base64 } from "./base64.js";

export interface TokenEndpoint {
  http: AxiosInstance;
  /** Resolved lazily: OpenID Connect finds it by discovery. */
  url: () => Promise<string>;
  client: OAuth2Config;
  /** Cookie mode: the refresh token is an HttpOnly cookie the browser sends (DESIGN §4). */
  withCredentials?: boolean;
}

export function refreshTokenGrant(endpoint: TokenEndpoint) {
  return async (current: TokenSet | null, context: RefreshContext): Promise<TokenSet | void> => {
    const params: Record<string, string> = { grant_type: "refresh_token" };
    if (!endpoint.withCredentials) {
      const refreshToken = current?.refreshToken;
      // Nothing to present: the session can not be renewed, which is a rejection (§4.5).
      if (refreshToken === undefined) throw new AuthError("refresh_rejected", "no refresh token to renew the access token with");
      params.refresh_token = refreshToken;
    }
    return postToken(endpoint, params, context, current?.refreshToken);
  };
}

export function clientCredentialsGrant(endpoint: TokenEndpoint) {
  return async (_current: TokenSet | null, context: RefreshContext): Promise<TokenSet | void> => {
    const params: Record<string, string> = { grant_type: "client_credentials" };
    if (endpoint.client.scopes !== undefined && endpoint.client.scopes.length > 0) params.scope = endpoint.client.scopes.join(" ");
    return postToken(endpoint, params, context);
  };
}

async function postToken(
  endpoint: TokenEndpoint,
  params: Record<string, string>,
  context: RefreshContext,
  refreshToken?: string,
): Promise<TokenSet | void> {
  const { client } = endpoint;
  const headers: Record<string, string> = {
    "Content-Type": "application/x-www-form-urlencoded",
    Accept: "application/json",
  };
  const body = new URLSearchParams({ ...client.extraParams, ...params });
  if (client.clientSecret !== undefined && client.clientAuth !== "body") {
    // §2.3.1: id and secret are form-urlencoded before they are joined for HTTP Basic.
    headers.Authorization = `Basic ${base64(`${formEncode(client.clientId)}:${formEncode(client.clientSecret)}`)}`;
  } else {
    body.set("client_id", client.clientId);
    if (client.clientSecret !== undefined) body.set("client_secret", client.clientSecret);
  }
  const secrets = [client.clientSecret, refreshToken];
  let url: string;
  try {
    url = await endpoint.url();
  } catch (error) {
    throw new AuthError("refresh_failed", "the token endpoint is unknown", { cause: safeCause(error, secrets) });
  }
  const response = await endpoint.http.post<unknown>(url, body.toString(), {
    headers,
    signal: context.signal,
    withCredentials: endpoint.withCredentials === true,
    responseType: "json",
  });
  return endpoint.withCredentials ? undefined : parseTokenResponse(response.data);
}

/** RFC 6749 §5.1. A 200 without an access token is a broken server: transient, not a rejection. */
function parseTokenResponse(data: unknown): TokenSet {
  const body = typeof data === "string" ? safeJson(data) : data;
  if (body === null || typeof body !== "object") throw new AuthError("refresh_failed", "the token endpoint answered without a JSON object");
  const fields = body as Record<string, unknown>;
  if (typeof fields.access_token !== "string" || fields.access_token === "") {
    throw new AuthError("refresh_failed", "the token endpoint answered without an access_token");
  }
  const tokens: TokenSet = { accessToken: fields.access_token };
  if (typeof fields.refresh_token === "string") tokens.refreshToken = fields.refresh_token;
  if (typeof fields.expires_in === "number") tokens.expiresIn = fields.expires_in;
  else if (typeof fields.expires_in === "string" && /^\d+$/.test(fields.expires_in)) tokens.expiresIn = Number(fields.expires_in);
  if (typeof fields.token_type === "string") tokens.tokenType = fields.token_type;
  if (typeof fields.scope === "string") tokens.scope = fields.scope;
  return tokens;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** application/x-www-form-urlencoded, as Appendix B asks for the client id and secret. */
function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/**
 * Token and discovery calls share the client's transport (adapter, agents, proxy) but none
 * of its interceptors, so the refresh call itself can never enter the refresh logic (§4.4).
 */
export function tokenClient(instance: AxiosInstance, timeout: number): AxiosInstance {
  const { adapter, httpAgent, httpsAgent, proxy } = instance.defaults;
  const transport: CreateAxiosDefaults = { timeout };
  if (adapter !== undefined) transport.adapter = adapter;
  if (httpAgent !== undefined) transport.httpAgent = httpAgent;
  if (httpsAgent !== undefined) transport.httpsAgent = httpsAgent;
  if (proxy !== undefined) transport.proxy = proxy;
  return axios.create(transport);
}
