// OpenID Connect Discovery 1.0 §4: the token endpoint comes from the provider's
// configuration document. It is fetched once and cached; a failed fetch is forgotten so
// the next refresh asks again instead of failing forever.
import type { AxiosInstance } from "axios";
import { isHttpURL } from "../../url.js";
import { AuthError } from "../errors.js";
import { safeCause } from "../safe-cause.js";

export function discoverTokenEndpoint(http: AxiosInstance, discoveryURL: string): () => Promise<string> {
  let cached: Promise<string> | undefined;
  return () => {
    cached ??= fetchTokenEndpoint(http, discoveryURL).catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
}

async function fetchTokenEndpoint(http: AxiosInstance, discoveryURL: string): Promise<string> {
  let data: unknown;
  try {
    data = (await http.get<unknown>(discoveryURL, { responseType: "json" })).data;
  } catch (error) {
    throw new AuthError("discovery_failed", "could not read the OpenID Connect discovery document", { cause: safeCause(error, []) });
  }
  const endpoint = data !== null && typeof data === "object" ? (data as { token_endpoint?: unknown }).token_endpoint : undefined;
  if (typeof endpoint !== "string" || !isHttpURL(endpoint)) {
    throw new AuthError("discovery_failed", "the OpenID Connect discovery document has no usable token_endpoint");
  }
  return endpoint;
}
