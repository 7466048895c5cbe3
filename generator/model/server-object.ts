// OpenAPI 3.1 §4.8.5 Server Object: variables are filled in with their defaults, so the
// client's default baseURL is a plain URL (a caller can always pass their own).
import type { OpenAPI3 } from "openapi-typescript";

type Servers = OpenAPI3["servers"];

/** The client's servers: a base URL given at generation replaces the document's as the default. */
export function buildServers(document: OpenAPI3, baseUrl: string | undefined): string[] {
  const servers = serverUrls(document.servers);
  return baseUrl ? [baseUrl, ...servers] : servers;
}

export interface ClientServers {
  /** The client's servers (buildServers); the first is its default baseURL. */
  servers: readonly string[];
  baseUrl: string | undefined;
}

/**
 * §4.8.10: where an operation's calls go instead of the client's default, when it declares
 * another server. A base URL given at generation replaces every server of the document,
 * the operations' too.
 */
export function operationServer(declared: readonly string[], client: ClientServers): string | undefined {
  const server = declared[0];
  return client.baseUrl === undefined && server !== undefined && server !== client.servers[0] ? server : undefined;
}

/** The URLs of a `servers` array (document, path item or operation), variables at their defaults. */
export function serverUrls(list: Servers): string[] {
  const servers = Array.isArray(list) ? list : [];
  return servers
    .filter((server) => typeof server?.url === "string")
    .map((server) =>
      server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
        const variable = server.variables?.[name];
        return typeof variable?.default === "string" ? variable.default : whole;
      }),
    );
}
