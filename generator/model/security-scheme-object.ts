// OpenAPI 3.1 §4.8.27 Security Scheme Object, §4.8.30 Security Requirement Object.
// https://spec.openapis.org/oas/v3.1.0#security-scheme-object
import type { SecurityRequirementObject } from "openapi-typescript";
import { docOf } from "./doc.js";
import { joinPointer } from "../load/pointer.js";
import { deref, type ModelContext } from "./ref.js";
import type { OAuthFlow, SecurityAlternative, SecurityScheme } from "./types.js";

type Raw = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

function flowOf(raw: unknown): OAuthFlow | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const flow = raw as Raw;
  const scopes: Record<string, string> = Object.fromEntries(
    Object.entries((flow.scopes as Raw | undefined) ?? {}).map(([scope, text]) => [scope, String(text ?? "")]),
  );
  return {
    authorizationUrl: str(flow.authorizationUrl),
    tokenUrl: str(flow.tokenUrl),
    refreshUrl: str(flow.refreshUrl),
    scopes,
  };
}

function schemeOf(ctx: ModelContext, name: string, scheme: Raw, at: string): SecurityScheme | undefined {
  const doc = docOf(scheme);
  switch (scheme.type) {
    case "http":
      // RFC 7235 §2.1: auth-scheme names are case-insensitive.
      return { name, type: "http", scheme: String(scheme.scheme ?? "").toLowerCase(), bearerFormat: str(scheme.bearerFormat), doc };
    case "apiKey": {
      const location = scheme.in;
      if (location !== "header" && location !== "query" && location !== "cookie") break;
      return { name, type: "apiKey", in: location, paramName: String(scheme.name ?? ""), doc };
    }
    case "oauth2": {
      const flows: Extract<SecurityScheme, { type: "oauth2" }>["flows"] = {};
      const raw = (scheme.flows as Raw | undefined) ?? {};
      for (const key of ["implicit", "password", "clientCredentials", "authorizationCode"] as const) {
        const flow = flowOf(raw[key]);
        if (flow) flows[key] = flow;
      }
      return { name, type: "oauth2", flows, doc };
    }
    case "openIdConnect":
      return { name, type: "openIdConnect", openIdConnectUrl: String(scheme.openIdConnectUrl ?? ""), doc };
    case "mutualTLS":
      ctx.warn(at, `mutualTLS scheme '${name}' is left to the transport (an https.Agent on your axios instance)`);
      return { name, type: "mutualTLS", doc };
  }
  ctx.warn(at, `security scheme '${name}' of type '${String(scheme.type)}' is not supported; operations needing it can not be called with credentials`);
  return undefined;
}

export function buildSecuritySchemes(ctx: ModelContext): SecurityScheme[] {
  const raw = (ctx.document.components?.securitySchemes ?? {}) as Record<string, unknown>;
  const schemes: SecurityScheme[] = [];
  for (const [name, value] of Object.entries(raw)) {
    const at = joinPointer(["components", "securitySchemes", name]);
    const scheme = deref<Raw>(ctx, value as Raw, at);
    const built = scheme && schemeOf(ctx, name, scheme, at);
    if (built) schemes.push(built);
  }
  return schemes;
}

/**
 * §4.8.10 / §4.8.30: an operation's `security` replaces the top-level one; alternatives are
 * OR-ed, the schemes inside one are AND-ed; `{}` makes anonymous access one of the options.
 * An alternative naming an undeclared scheme can never be met, so it is dropped with a warning;
 * if that drops them all, the call goes anonymous and the server decides (never a credential
 * sent where the document did not ask for it).
 */
export function buildRequirements(
  ctx: ModelContext,
  raw: SecurityRequirementObject[] | undefined,
  known: ReadonlySet<string>,
  at: string,
): SecurityAlternative[] {
  const alternatives: SecurityAlternative[] = [];
  (raw ?? []).forEach((requirement, index) => {
    const scopesByName = (requirement ?? {}) as Record<string, unknown>;
    const names = Object.keys(scopesByName);
    const unknown = names.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      ctx.warn(`${at}/${index}`, `security scheme '${unknown[0]}' is not declared in components.securitySchemes; this alternative is dropped`);
      return;
    }
    alternatives.push({
      schemes: names.map((name) => ({ name, scopes: Array.isArray(scopesByName[name]) ? (scopesByName[name] as unknown[]).map(String) : [] })),
    });
  });
  return alternatives;
}

