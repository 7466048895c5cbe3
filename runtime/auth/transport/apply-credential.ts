// Puts credentials where their scheme says (OpenAPI 3.1 §4.8.27: apiKey `in` header, query or
// cookie). DESIGN §4: a value the caller set for the same header/query/cookie name wins, so
// each writer looks first and leaves an existing value alone.
import type { InternalAxiosRequestConfig } from "axios";
import type { Credential } from "../contracts.js";

/**
 * Attaches one credential; false when the caller's value for the same name was kept. Only
 * applied credentials count as sent: a 401 for the caller's own header is not ours to fix.
 * apiKeys in a query or cookie bring their own placement (apply-api-key.ts), so clients
 * without them bundle none of it.
 */
export function applyCredential(config: InternalAxiosRequestConfig, credential: Credential): boolean {
  if (credential.place !== undefined) return credential.place(config, credential.name, credential.value);
  if (credential.in === "header") {
    if (config.headers.has(credential.name)) return false;
    config.headers.set(credential.name, credential.value);
  } else if (credential.in === "withCredentials") {
    config.withCredentials = true;
  }
  return true;
}

/** The header a credential travels in, if any: what the redirect guard strips. */
export function headerOf(credential: Credential): string | undefined {
  return credential.in === "header" ? credential.name : credential.in === "cookie" ? "Cookie" : undefined;
}
