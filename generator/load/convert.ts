// Swagger 2.0 -> OpenAPI 3.0 at the door, so no later stage branches on version. swagger2openapi
// maps securityDefinitions to components.securitySchemes (and the oauth2 flow names: accessCode
// -> authorizationCode, application -> clientCredentials), body/formData parameters to
// requestBody, host/basePath/schemes to servers.
import { convertObj } from "swagger2openapi";
import type { Finding } from "./finding.js";
import { isObject } from "./json-value.js";
import { appendPointer } from "./pointer.js";

/** Something Swagger 2.0 could say that OpenAPI 3 can not (e.g. `collectionFormat: tsv`). */
export interface ConversionWarning {
  pointer: string;
  message: string;
}

export type ConvertResult = { ok: true; document: object; warnings: ConversionWarning[] } | { ok: false; finding: Finding };

const MARKER = "x-s2o-warning";

export async function convertSwagger2(swagger: object): Promise<ConvertResult> {
  try {
    // The document passed detectVersion (`swagger: "2.0"`) and the structural checks.
    const input = swagger as Parameters<typeof convertObj>[0];
    // A lossy construct is not a reason to refuse the whole document: `warnOnly` marks it and
    // converts on; the marks are lifted out below. `text` is given so the converter does not
    // re-serialise the whole input to YAML just to keep it.
    const options = { patch: true, warnOnly: true, warnProperty: MARKER, resolve: false, text: "-" };
    const { openapi } = await convertObj(input, options);
    return { ok: true, document: openapi, warnings: liftWarnings(openapi, "#") };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, finding: { code: "conversion", message: `cannot convert Swagger 2.0: ${reason}`, pointer: "#" } };
  }
}

function liftWarnings(node: unknown, pointer: string, out: ConversionWarning[] = []): ConversionWarning[] {
  if (Array.isArray(node)) node.forEach((item, i) => liftWarnings(item, appendPointer(pointer, i), out));
  if (!isObject(node)) return out;
  if (typeof node[MARKER] === "string") {
    out.push({ pointer, message: node[MARKER] });
    delete node[MARKER];
  }
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === "object" && value !== null) liftWarnings(value, appendPointer(pointer, key), out);
  }
  return out;
}
