// The runtime's view of the security schemes (runtime/types.ts SchemeMap).
import type { SecurityScheme } from "../model/types.js";

function specOf(scheme: SecurityScheme): object {
  switch (scheme.type) {
    case "http":
      return { type: "http", scheme: scheme.scheme, bearerFormat: scheme.bearerFormat };
    case "apiKey":
      return { type: "apiKey", in: scheme.in, name: scheme.paramName };
    case "oauth2":
      return { type: "oauth2", flows: scheme.flows };
    case "openIdConnect":
      return { type: "openIdConnect", openIdConnectUrl: scheme.openIdConnectUrl };
    case "mutualTLS":
      return { type: "mutualTLS" };
  }
}

/** Built with fromEntries: a scheme named `__proto__` stays an own key, not a prototype. */
export function schemeMap(schemes: SecurityScheme[]): Record<string, object> {
  return Object.fromEntries(schemes.map((scheme) => [scheme.name, specOf(scheme)]));
}
