// Turns each configured security scheme (OpenAPI 3.1 §4.8.27 Security Scheme Object) into a
// SchemeRuntime. Schemes the caller did not configure are absent, which is what makes an
// alternative "not fully configured" (DESIGN §4).
import type { AxiosInstance } from "axios";
import type { OAuthFlowSpec, SchemeMap, SchemeSpec } from "../types.js";
import { basicValue, staticScheme, tokenScheme, valueOf, type SchemeRuntime } from "./credential.js";
import { clientCredentialsGrant, refreshTokenGrant, type TokenEndpoint } from "./oauth2.js";
import { discoverTokenEndpoint } from "./oidc.js";
import { TokenSource } from "./source.js";
import { memoryTokenStore } from "./stores.js";
import type {
  ApiKeyConfig,
  AuthHooks,
  BasicConfig,
  BearerConfig,
  HttpRawConfig,
  OAuth2Config,
  OAuthFlowName,
  TokenStoreConfig,
} from "./types.js";

export interface SchemeContext {
  baseURL: string;
  /** Bare instance for token and discovery requests: none of the client's interceptors. */
  tokenHttp: AxiosInstance;
  hooks: AuthHooks;
  skewMs: number;
  timeoutMs: number;
}

export interface BuiltScheme {
  runtime: SchemeRuntime;
  source?: TokenSource;
}

export function buildSchemes(schemes: SchemeMap, auth: Readonly<Record<string, unknown>>, context: SchemeContext): Map<string, BuiltScheme> {
  const built = new Map<string, BuiltScheme>();
  for (const [name, spec] of Object.entries(schemes)) {
    // Own properties only: a scheme named "__proto__" or "toString" must not find Object's.
    const config = Object.prototype.hasOwnProperty.call(auth, name) ? auth[name] : undefined;
    if (config === undefined || config === null || config === false) continue;
    built.set(name, buildScheme(name, spec, config, context));
  }
  return built;
}

function buildScheme(name: string, spec: SchemeSpec, config: unknown, context: SchemeContext): BuiltScheme {
  switch (spec.type) {
    case "apiKey": {
      const where = spec;
      return { runtime: staticScheme(async () => keyCredential(where, await valueOf(config as ApiKeyConfig)), name) };
    }
    case "http":
      return httpScheme(name, spec.scheme.toLowerCase(), config, context);
    case "oauth2":
    case "openIdConnect":
      return oauthScheme(name, spec, config as OAuth2Config, context);
    case "mutualTLS":
      // The client certificate lives on the transport (httpsAgent); nothing to attach here.
      return { runtime: { resolve: async () => ({ scheme: name, in: "none", name: "", value: "" }) } };
  }
}

function keyCredential(spec: { in: "header" | "query" | "cookie"; name: string }, value: string | undefined) {
  return value === undefined ? null : { in: spec.in, name: spec.name, value };
}

function httpScheme(name: string, scheme: string, config: unknown, context: SchemeContext): BuiltScheme {
  if (scheme === "basic") {
    return {
      runtime: staticScheme(async () => {
        const credentials = await valueOf(config as BasicConfig);
        return credentials === undefined ? null : { in: "header", name: "Authorization", value: basicValue(name, credentials) };
      }, name),
    };
  }
  if (scheme === "bearer" && isStoreConfig(config)) {
    const source = new TokenSource({ ...context, scheme: name, store: config.tokens, refresh: config.refresh, acquires: false });
    return { runtime: tokenScheme(name, source), source };
  }
  // Bearer from a value or provider, or any other http scheme as the raw Authorization value.
  const prefix = scheme === "bearer" ? "Bearer " : "";
  return {
    runtime: staticScheme(async () => {
      const value = await valueOf(config as BearerConfig & HttpRawConfig);
      return typeof value !== "string" ? null : { in: "header", name: "Authorization", value: prefix + value };
    }, name),
  };
}

function isStoreConfig(config: unknown): config is TokenStoreConfig {
  return typeof config === "object" && config !== null && "tokens" in config;
}

function oauthScheme(name: string, spec: SchemeSpec, config: OAuth2Config, context: SchemeContext): BuiltScheme {
  const flows = spec.type === "oauth2" ? spec.flows : {};
  const flowName = pickFlow(flows, config);
  const flow: OAuthFlowSpec = flows[flowName] ?? {};
  const store = config.tokens ?? memoryTokenStore();
  const endpoint: TokenEndpoint = {
    http: context.tokenHttp,
    client: config,
    withCredentials: store.cookieMode === true,
    url: spec.type === "openIdConnect" ? discoverTokenEndpoint(context.tokenHttp, resolveURL(spec.openIdConnectUrl, context.baseURL)) : staticURL(flow, flowName, context.baseURL),
  };
  const acquires = flowName === "clientCredentials";
  const refresh = acquires ? clientCredentialsGrant(endpoint) : refreshTokenGrant(endpoint);
  // A hostile token endpoint may echo the client's credentials back in its error body.
  const secrets = config.clientSecret === undefined ? [] : [config.clientSecret, encodeURIComponent(config.clientSecret)];
  const source = new TokenSource({ ...context, scheme: name, store, refresh, acquires, secrets });
  return { runtime: tokenScheme(name, source), source };
}

/** OpenAPI 3.1 §4.8.29: refreshUrl for refreshing, tokenUrl for obtaining; relative to the server. */
function staticURL(flow: OAuthFlowSpec, flowName: OAuthFlowName, baseURL: string): () => Promise<string> {
  const raw = flowName === "clientCredentials" ? flow.tokenUrl : (flow.refreshUrl ?? flow.tokenUrl);
  return async () => {
    if (raw === undefined) throw new Error(`the ${flowName} flow declares no token endpoint`);
    return resolveURL(raw, baseURL);
  };
}

function pickFlow(flows: { readonly [K in OAuthFlowName]?: OAuthFlowSpec }, config: OAuth2Config): OAuthFlowName {
  if (config.flow !== undefined) return config.flow;
  const declared = (["authorizationCode", "password", "implicit", "clientCredentials"] as const).filter((flow) => flows[flow] !== undefined);
  const onlyClientCredentials = declared.length === 1 && declared[0] === "clientCredentials";
  if (flows.clientCredentials !== undefined && (onlyClientCredentials || (config.tokens === undefined && config.clientSecret !== undefined))) {
    return "clientCredentials";
  }
  return declared[0] ?? "authorizationCode";
}

function resolveURL(url: string, baseURL: string): string {
  try {
    return new URL(url, baseURL === "" ? undefined : baseURL).toString();
  } catch {
    return url;
  }
}
