// OpenAPI 3.1 §4.8.5 Server Object: variables are filled in with their defaults, so the
// client's default baseURL is a plain URL (a caller can always pass their own).
import type { OpenAPI3 } from "openapi-typescript";

export function buildServers(document: OpenAPI3): string[] {
  const servers = Array.isArray(document.servers) ? document.servers : [];
  return servers
    .filter((server) => typeof server?.url === "string")
    .map((server) =>
      server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
        const variable = server.variables?.[name];
        return typeof variable?.default === "string" ? variable.default : whole;
      }),
    );
}
