// The runtime's view of the security schemes (runtime/types.ts SchemeMap).
import type { SecurityScheme } from "../model/types.js";

export function schemeMap(schemes: SecurityScheme[]): Record<string, object> {
  const map: Record<string, object> = {};
  for (const scheme of schemes) {
    switch (scheme.type) {
      case "http":
        map[scheme.name] = { type: "http", scheme: scheme.scheme, bearerFormat: scheme.bearerFormat };
        break;
      case "apiKey":
        map[scheme.name] = { type: "apiKey", in: scheme.in, name: scheme.paramName };
        break;
      case "oauth2":
        map[scheme.name] = { type: "oauth2", flows: scheme.flows };
        break;
      case "openIdConnect":
        map[scheme.name] = { type: "openIdConnect", openIdConnectUrl: scheme.openIdConnectUrl };
        break;
      case "mutualTLS":
        map[scheme.name] = { type: "mutualTLS" };
        break;
    }
  }
  return map;
}
