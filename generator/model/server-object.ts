// OpenAPI 3.1 §4.8.5 Server Object: variables are filled in with their defaults, so the
// client's default baseURL is a plain URL (a caller can always pass their own).
import type { OpenAPI3 } from "openapi-typescript";

type Servers = OpenAPI3["servers"];

export function buildServers(document: OpenAPI3): string[] {
  return serverUrls(document.servers);
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
