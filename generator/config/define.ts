import type { GroupBy, PaginationNames, QueryLibrary } from "../options.js";

/** One client in a keyway config file. Relative paths are relative to the config file. */
export interface ClientConfig {
  input?: string;
  output?: string;
  groupBy?: GroupBy;
  baseUrl?: string;
  format?: boolean;
  query?: QueryLibrary;
  pagination?: Partial<PaginationNames>;
}

/** A config file exports one client, an array of them, or `{ clients: [...] }`. */
export type KeywayConfig = ClientConfig | ClientConfig[] | { $schema?: string; clients: ClientConfig[] };

/** Identity, for types and editor completion in keyway.config.ts / .mjs. */
export function defineConfig<T extends KeywayConfig>(config: T): T {
  return config;
}
