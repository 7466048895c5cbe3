// Swagger 2.0 -> OpenAPI 3.0 at the door, so no later stage branches on version. swagger2openapi
// maps securityDefinitions to components.securitySchemes (and the oauth2 flow names: accessCode
// -> authorizationCode, application -> clientCredentials), body/formData parameters to
// requestBody, host/basePath/schemes to servers.
import { convertObj } from "swagger2openapi";
import type { Finding } from "./finding.js";

export type ConvertResult = { ok: true; document: object } | { ok: false; finding: Finding };

export async function convertSwagger2(swagger: object): Promise<ConvertResult> {
  try {
    // The document passed detectVersion (`swagger: "2.0"`) and the structural checks.
    const input = swagger as Parameters<typeof convertObj>[0];
    // `text` is given so the converter does not re-serialise the whole input to YAML just to keep it.
    const { openapi } = await convertObj(input, { patch: true, warnOnly: false, resolve: false, text: "-" });
    return { ok: true, document: openapi };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, finding: { code: "conversion", message: `cannot convert Swagger 2.0: ${reason}`, pointer: "#" } };
  }
}
