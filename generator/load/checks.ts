// The checks issue 13 added at the door, composed for load/index.ts: what is refused before
// Redocly's bundler runs, what after it, and what is only warned. Each check is its own module.
import { asWritten, type WrittenRefs } from "./bundled-refs.js";
import type { Finding } from "./finding.js";
import { isObject, type JsonObject } from "./json-value.js";
import { checkPathTemplates } from "./path-templates.js";
import { checkRefSchemes } from "./ref-schemes.js";
import type { RefSite } from "./refs.js";
import { checkShape } from "./shape.js";
import type { VersionResult } from "./version.js";

type Version = VersionResult & { ok: true };

/**
 * Redocly's bundler trips, in words of its own (`Self-referencing circular pointer`, `URI
 * malformed`), on what these report at the place: with external refs they run before it does.
 */
export function checkBeforeBundling(root: JsonObject, sites: readonly RefSite[], version: Version): Finding[] {
  const shape = checkShape(root, version.family, version.version).filter((finding) => finding.severity === "error");
  return [...checkRefSchemes(sites), ...shape];
}

/** After bundling: every value against its object type; `structure` findings are not repeated. */
export function checkAfterBundling(
  root: JsonObject,
  version: Version,
  written: WrittenRefs,
  structure: readonly Finding[],
): { errors: Finding[]; warnings: Finding[] } {
  // structure.ts words its findings for the stages it guards; the shape check adds the rest.
  const reported = new Set(structure.map((finding) => finding.pointer));
  const shape = asWritten(checkShape(root, version.family, version.version), written, root).filter((f) => !reported.has(f.pointer));
  return {
    errors: shape.filter((finding) => finding.severity === "error"),
    warnings: [...checkPathTemplates(root), ...shape.filter((finding) => finding.severity === "warning")],
  };
}

/** OpenAPI 3.1 §4.8.1: `openapi` is a string; YAML reads an unquoted `3.0` as the number 3. Taken before detectVersion rewrites it. */
export function numericVersion(value: unknown): Finding | undefined {
  if (!isObject(value)) return undefined;
  const key = "openapi" in value ? "openapi" : "swagger";
  const version = value[key];
  if (typeof version !== "number") return undefined;
  const message = `'${key}' is the number ${version}, not a version string: read as '${Number.isInteger(version) ? version.toFixed(1) : version}'; quote it`;
  return { code: "structure", message, pointer: `#/${key}` };
}
