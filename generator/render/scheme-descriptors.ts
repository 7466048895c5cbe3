// The runtime's view of the security schemes (runtime/descriptors.ts SchemeDescriptors), and
// the scheme handlers (runtime/auth/schemes/handlers.ts) security.ts imports for them: only
// those the document needs, so a bundle of the client carries no code for scheme types it
// does not use.
import type { SchemeDescriptor } from "../../runtime/descriptors.js";
import { handlerKey } from "../../runtime/auth/schemes/handler-key.js";
import type { SecurityScheme } from "../model/types.js";

function schemeDescriptor(scheme: SecurityScheme): SchemeDescriptor {
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

export interface SchemeDescriptors {
  /** Name -> SchemeDescriptor. Built with fromEntries: a scheme named `__proto__` stays an own key, not a prototype. */
  map: Record<string, SchemeDescriptor>;
  /** One entry per handler needed, in a fixed order: `key` in ApiDescriptor.authRuntime.handlers, `name` exported by runtime/auth/schemes/handlers.ts. */
  handlers: { key: string; name: string }[];
}

export function schemeDescriptors(schemes: SecurityScheme[]): SchemeDescriptors {
  const descriptors = schemes.map((scheme) => [scheme.name, schemeDescriptor(scheme)] as const);
  const keys = new Set(descriptors.map(([, descriptor]) => handlerKey(descriptor)));
  return {
    map: Object.fromEntries(descriptors),
    handlers: [...keys].sort().map((key) => ({ key, name: `${key}Scheme` })),
  };
}
