// Puts credentials where their scheme says (OpenAPI 3.1 §4.8.27: apiKey `in` header, query or
// cookie). DESIGN §4: a value the caller set for the same header/query/cookie name wins, so
// each writer looks first and leaves an existing value alone.
import type { InternalAxiosRequestConfig } from "axios";
import type { Credential } from "../contracts.js";

/**
 * Attaches one credential; false when the caller's value for the same name was kept. Only
 * applied credentials count as sent: a 401 for the caller's own header is not ours to fix.
 */
export function applyCredential(config: InternalAxiosRequestConfig, credential: Credential): boolean {
  switch (credential.in) {
    case "header":
      if (config.headers.has(credential.name)) return false;
      config.headers.set(credential.name, credential.value);
      return true;
    case "query":
      return applyQuery(config, credential.name, credential.value);
    case "cookie":
      return applyCookie(config, credential.name, credential.value);
    case "withCredentials":
      config.withCredentials = true;
      return true;
    case "none":
      return true;
  }
}

/** The header a credential travels in, if any: what the redirect guard strips. */
export function headerOf(credential: Credential): string | undefined {
  return credential.in === "header" ? credential.name : credential.in === "cookie" ? "Cookie" : undefined;
}

/**
 * Written into the URL itself rather than `params`, so it survives whatever serializer the
 * request path uses and is there even when the operation has no other query parameter
 * (hey-api #3852).
 */
function applyQuery(config: InternalAxiosRequestConfig, name: string, value: string): boolean {
  const url = config.url ?? "";
  const params = config.params as unknown;
  if (params !== null && typeof params === "object") {
    const has = params instanceof URLSearchParams ? params.has(name) : Object.prototype.hasOwnProperty.call(params, name);
    if (has) return false;
  }
  const queryStart = url.indexOf("?");
  if (queryStart >= 0 && new URLSearchParams(url.slice(queryStart + 1)).has(name)) return false;
  const pair = `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
  config.url = url + (queryStart >= 0 ? (url.endsWith("?") || url.endsWith("&") ? "" : "&") : "?") + pair;
  return true;
}

/** RFC 6265 §4.2.1; a value outside cookie-octet is percent-encoded so it can not add pairs. */
function applyCookie(config: InternalAxiosRequestConfig, name: string, value: string): boolean {
  const existing = config.headers.get("Cookie");
  const header = typeof existing === "string" ? existing : "";
  const names = header.split(";").map((pair) => (pair.split("=")[0] ?? "").trim());
  if (names.includes(name)) return false;
  const safe = value.replace(/[^\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]/g, (char) => encodeURIComponent(char));
  config.headers.set("Cookie", header === "" ? `${name}=${safe}` : `${header}; ${name}=${safe}`);
  return true;
}
