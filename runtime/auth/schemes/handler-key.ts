// Which scheme handler serves a scheme: the one owner of this mapping. The generator imports
// it to choose the handlers security.ts imports; the runtime, to find them. A leaf apart from
// the descriptors, so importing it from the generator brings in nothing else of runtime/.
import type { SchemeDescriptor } from "../../descriptors.js";

/** http schemes by their (case-insensitive, RFC 9110 §11.1) name: basic, bearer, or any other. */
export type HandlerKey = "apiKey" | "basic" | "bearer" | "http" | "oauth2" | "openIdConnect" | "mutualTLS";

export function handlerKey(scheme: SchemeDescriptor): HandlerKey {
  if (scheme.type !== "http") return scheme.type;
  const name = scheme.scheme.toLowerCase();
  return name === "basic" || name === "bearer" ? name : "http";
}
