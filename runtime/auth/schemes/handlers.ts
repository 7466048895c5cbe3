// One handler per kind of security scheme (DESIGN §4 "Scheme types"). Each is a separate
// export so that a bundler keeps only those a client's security.ts imports: apiKey and
// basic are a few lines; bearer with a token store brings the refresh logic (tokens/);
// oauth2 and openIdConnect add the token endpoint (token-endpoint.ts) and discovery
// (oidc-discovery.ts).
import type { AxiosInstance } from "axios";
import type { OAuthFlowDescriptor, SchemeDescriptor } from "../../descriptors.js";
import { resolveURL } from "../../url.js";
import type { ApiKeyConfig, BasicConfig, BrowserManaged, BearerConfig, HttpRawConfig, OAuth2Config, OAuthFlowName, TokenStoreConfig } from "../config.js";
import type { BuiltScheme, SchemeContext, SchemeHandler } from "../contracts.js";
import { andThen } from "../maybe-promise.js";
import { memoryTokenStore } from "../tokens/stores.js";
import { refreshFunction } from "../tokens/operation-refresh.js";
import { tokenSource } from "../tokens/token-source.js";
import { basicValue, staticScheme, tokenScheme, valueOf } from "./credentials.js";
import { applyCookie, applyQuery } from "../transport/apply-api-key.js";
import { discoverTokenEndpoint } from "./oidc-discovery.js";
import { clientCredentialsGrant, refreshTokenGrant, tokenClient, type TokenEndpoint } from "./token-endpoint.js";

/** OpenAPI 3.1 §4.8.27: apiKey in header, query or cookie, under the scheme's `name`. */
export const apiKeyScheme: SchemeHandler = (name, scheme, config) => {
  const where = scheme as Extract<SchemeDescriptor, { type: "apiKey" }>;
  if (typeof config === "object" && config !== null && (config as BrowserManaged).browserManaged === true) {
    if (where.in !== "cookie") throw new TypeError(`keyway: ${name} is an apiKey in ${where.in}; only a cookie can be browser-managed`);
    // The browser holds the value; the credential is the request's credentials mode alone.
    return { runtime: { resolve: () => ({ scheme: name, in: "withCredentials", name: "", value: "" }) } };
  }
  const place = where.in === "query" ? applyQuery : where.in === "cookie" ? applyCookie : undefined;
  return {
    runtime: staticScheme(() => andThen(valueOf(config as Exclude<ApiKeyConfig, BrowserManaged>), (value) => (value === undefined ? null : { in: where.in, name: where.name, value, place })), name),
  };
};

/** RFC 7617. */
export const basicScheme: SchemeHandler = (name, _scheme, config) => ({
  runtime: staticScheme(
    () => andThen(valueOf(config as BasicConfig), (credentials) => (credentials === undefined ? null : { in: "header", name: "Authorization", value: basicValue(name, credentials) })),
    name,
  ),
});

/** Any other http scheme: the caller's value is the whole Authorization header. */
export const httpScheme: SchemeHandler = (name, _scheme, config) => rawScheme(name, "", config);

/** RFC 6750: a value or provider, or a token store with an optional refresh. */
export const bearerScheme: SchemeHandler = (name, _scheme, config, context) => {
  if (!isStoreConfig(config)) return rawScheme(name, "Bearer ", config);
  const refresh = refreshFunction(config.refresh, context.operation);
  const source = tokenSource({ ...context, scheme: name, store: config.tokens, refresh, acquires: false });
  return { runtime: tokenScheme(name, source), source };
};

/** The client certificate lives on the transport (httpsAgent); nothing to attach here. */
export const mutualTLSScheme: SchemeHandler = (name) => ({
  runtime: { resolve: () => ({ scheme: name, in: "none", name: "", value: "" }) },
});

/** OAuth 2.0, all four flows: the refresh_token grant, or client_credentials acquiring by itself. */
export const oauth2Scheme: SchemeHandler = (name, scheme, config, context) => {
  const flows = scheme.type === "oauth2" ? scheme.flows : {};
  const flowName = pickFlow(flows, config as OAuth2Config);
  const http = tokenClient(context.instance, context.timeoutMs);
  return oauthScheme(name, config as OAuth2Config, context, http, flowName, staticURL(flows[flowName] ?? {}, flowName, context.baseURL));
};

/** OpenID Connect: OAuth 2.0 with the token endpoint from discovery. */
export const openIdConnectScheme: SchemeHandler = (name, scheme, config, context) => {
  const discovery = scheme.type === "openIdConnect" ? scheme.openIdConnectUrl : "";
  const http = tokenClient(context.instance, context.timeoutMs);
  const url = discoverTokenEndpoint(http, resolveURL(discovery, context.baseURL));
  return oauthScheme(name, config as OAuth2Config, context, http, (config as OAuth2Config).flow ?? "authorizationCode", url);
};

function rawScheme(name: string, prefix: string, config: unknown): BuiltScheme {
  return {
    runtime: staticScheme(
      () => andThen(valueOf(config as BearerConfig & HttpRawConfig), (value) => (typeof value !== "string" ? null : { in: "header", name: "Authorization", value: prefix + value })),
      name,
    ),
  };
}

function isStoreConfig(config: unknown): config is TokenStoreConfig {
  return typeof config === "object" && config !== null && "tokens" in config;
}

function oauthScheme(name: string, config: OAuth2Config, context: SchemeContext, http: AxiosInstance, flowName: OAuthFlowName, url: () => Promise<string>): BuiltScheme {
  const store = config.tokens ?? memoryTokenStore();
  const endpoint: TokenEndpoint = { http, client: config, withCredentials: store.cookieMode === true, url };
  const acquires = flowName === "clientCredentials";
  const refresh = acquires ? clientCredentialsGrant(endpoint) : refreshTokenGrant(endpoint);
  // A hostile token endpoint may echo the client's credentials back in its error body.
  const secrets = config.clientSecret === undefined ? [] : [config.clientSecret, encodeURIComponent(config.clientSecret)];
  const source = tokenSource({ ...context, scheme: name, store, refresh, acquires, secrets });
  return { runtime: tokenScheme(name, source), source };
}

/** OpenAPI 3.1 §4.8.29: refreshUrl for refreshing, tokenUrl for obtaining; relative to the server. */
function staticURL(flow: OAuthFlowDescriptor, flowName: OAuthFlowName, baseURL: string): () => Promise<string> {
  const raw = flowName === "clientCredentials" ? flow.tokenUrl : (flow.refreshUrl ?? flow.tokenUrl);
  return async () => {
    if (raw === undefined) throw new Error(`the ${flowName} flow declares no token endpoint`);
    return resolveURL(raw, baseURL);
  };
}

function pickFlow(flows: { readonly [K in OAuthFlowName]?: OAuthFlowDescriptor }, config: OAuth2Config): OAuthFlowName {
  if (config.flow !== undefined) return config.flow;
  const declared = (["authorizationCode", "password", "implicit", "clientCredentials"] as const).filter((flow) => flows[flow] !== undefined);
  const onlyClientCredentials = declared.length === 1 && declared[0] === "clientCredentials";
  if (flows.clientCredentials !== undefined && (onlyClientCredentials || (config.tokens === undefined && config.clientSecret !== undefined))) {
    return "clientCredentials";
  }
  return declared[0] ?? "authorizationCode";
}
