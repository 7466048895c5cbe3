// The `pagination` property of a client in a config file: lists of names, each replacing
// the default list of that kind (generator/model/pagination.ts).
import type { PaginationNames } from "../options.js";
import { ConfigError } from "./errors.js";

export const PAGINATION_PROPERTIES = ["cursor", "nextCursor", "offset", "limit", "page", "items"] as const;

export function validatePagination(
  value: unknown,
  pointer: string,
  at: (pointer: string) => { file: string; pointer?: string },
): Partial<PaginationNames> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigError("must be an object", at(pointer));
  const result: Partial<PaginationNames> = {};
  for (const [key, names] of Object.entries(value)) {
    const known: readonly string[] = PAGINATION_PROPERTIES;
    if (!known.includes(key)) {
      throw new ConfigError(`unknown property "${key}" (known: ${PAGINATION_PROPERTIES.join(", ")})`, at(`${pointer}/${key}`));
    }
    if (!Array.isArray(names) || names.some((name) => typeof name !== "string" || name === "")) {
      throw new ConfigError("must be an array of non-empty strings", at(`${pointer}/${key}`));
    }
    result[key as keyof PaginationNames] = names as string[];
  }
  return result;
}
