import type { Doc } from "./types.js";

interface Documented {
  summary?: unknown;
  description?: unknown;
  deprecated?: unknown;
  externalDocs?: { url?: unknown; description?: unknown };
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

/** The JSDoc-bound text of any described OpenAPI object; non-strings are ignored, not printed. */
export function docOf(node: Documented | undefined): Doc {
  const external = node?.externalDocs;
  const url = text(external?.url);
  return {
    summary: text(node?.summary),
    description: text(node?.description),
    deprecated: node?.deprecated === true,
    externalDocs: url ? { url, description: text(external?.description) } : undefined,
  };
}
