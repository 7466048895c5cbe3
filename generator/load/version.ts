// Which specification the document claims to follow. keyway reads Swagger 2.0, OpenAPI 3.0.x
// and 3.1.x; everything else is refused here, before any stage reads the rest.
import type { ProblemCode } from "../errors.js";
import type { Finding } from "./finding.js";
import { isObject, typeName } from "./json-value.js";

export type VersionResult =
  | { ok: true; family: "swagger2" | "openapi3"; version: string }
  | { ok: false; problem: Finding };

const SUPPORTED = "supported: 2.0, 3.0.x, 3.1.x";

/** YAML reads an unquoted `swagger: 2.0` as the number 2; the Swagger Object requires the string "2.0". */
function versionText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(1) : String(value);
  return undefined;
}

function refuse(pointer: string, code: ProblemCode, message: string): VersionResult {
  return { ok: false, problem: { code, message, pointer } };
}

/** Reads the version field; rewrites a numeric one to its string so later tools recognise it. */
export function detectVersion(root: unknown): VersionResult {
  if (!isObject(root)) {
    return refuse("#", "not-openapi", `not an OpenAPI document: expected an object at the top level, found ${typeName(root)}`);
  }
  if ("openapi" in root) {
    const version = versionText(root.openapi);
    if (version === undefined) {
      return refuse("#/openapi", "not-openapi", `'openapi' must be a version string, found ${typeName(root.openapi)}`);
    }
    // OpenAPI 3.1 §4.1 (Versions): major.minor name the feature set; the patch never matters.
    if (!/^3\.[01](\.\d+)?([-+].*)?$/.test(version)) {
      return refuse("#/openapi", "unsupported-version", `unsupported OpenAPI version '${version}' (${SUPPORTED})`);
    }
    root.openapi = version;
    return { ok: true, family: "openapi3", version };
  }
  if ("swagger" in root || "swaggerVersion" in root) {
    const key = "swagger" in root ? "swagger" : "swaggerVersion";
    const version = versionText(root[key]) ?? typeName(root[key]);
    if (key === "swaggerVersion" || version !== "2.0") {
      return refuse(`#/${key}`, "unsupported-version", `unsupported Swagger version '${version}' (${SUPPORTED})`);
    }
    root.swagger = version;
    return { ok: true, family: "swagger2", version };
  }
  return refuse("#", "not-openapi", "not an OpenAPI document: no 'openapi' or 'swagger' field");
}
