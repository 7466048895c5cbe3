// apiKey credentials in a query or a cookie (OpenAPI 3.1 §4.8.27 `in`), placed by the apiKey
// handler itself (Credential.place) so that clients whose schemes send headers only bundle
// none of this. DESIGN §4: a value the caller set for the same name wins.
import type { InternalAxiosRequestConfig } from "axios";

/**
 * Written into the URL itself rather than `params`, so it survives whatever serializer the
 * request path uses and is there even when the operation has no other query parameter
 * (hey-api #3852).
 */
export function applyQuery(config: InternalAxiosRequestConfig, name: string, value: string): boolean {
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
export function applyCookie(config: InternalAxiosRequestConfig, name: string, value: string): boolean {
  const existing = config.headers.get("Cookie");
  const header = typeof existing === "string" ? existing : "";
  const names = header.split(";").map((pair) => (pair.split("=")[0] ?? "").trim());
  if (names.includes(name)) return false;
  const safe = value.replace(/[^\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]/g, (char) => encodeURIComponent(char));
  config.headers.set("Cookie", header === "" ? `${name}=${safe}` : `${header}; ${name}=${safe}`);
  return true;
}
