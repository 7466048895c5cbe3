// The generated security.ts brings only the auth code its document needs (bench/lib/
// runtime-bundle.mjs measures what that leaves in a bundle): the handlers of its scheme
// types, and no auth layer at all for a document without security schemes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../support/generate.js";

const security = async (name: string, input: string) => {
  const { output } = await generate(name, input, { format: false });
  return readFileSync(join(output, "security.ts"), "utf8");
};

describe("security.ts imports", () => {
  it("petstore (http bearer, apiKey): the installer and those two handlers", async () => {
    const text = await security("security-petstore", "fixtures/petstore/petstore.yaml");
    expect(text).toContain('import { installAuth } from "./runtime/auth/install.js";');
    expect(text).toContain('import { apiKeyScheme, bearerScheme } from "./runtime/auth/schemes/handlers.js";');
    expect(text).toContain(
      ["  authRuntime: {", "    install: installAuth,", "    handlers: {", "      apiKey: apiKeyScheme,", "      bearer: bearerScheme,", "    },", "  },"].join("\n"),
    );
  }, 60_000);

  it("a document without security schemes: nothing from runtime/auth, no authRuntime", async () => {
    const text = await security("security-none", "fixtures/bodies/json-variants.yaml");
    expect(text).not.toContain("runtime/auth");
    expect(text).not.toContain("authRuntime");
    expect(text).toContain(["export const api: ApiDescriptor<typeof securitySchemes> = {", "  schemes: securitySchemes,", "  servers,", "  codecs: {"].join("\n"));
  }, 60_000);

  it("codecs: the body encoders and non-default styles the operations use, and no others", async () => {
    const json = await security("security-json", "fixtures/bodies/json-variants.yaml");
    expect(json).toContain('import { jsonBody } from "./runtime/body.js";');
    expect(json).toContain("codecs: {\n    body: { json: jsonBody },\n  },");
    expect(json).not.toContain("runtime/style.js");
    expect(json).not.toContain("binaryResponses");
    const petstore = await security("security-petstore-codecs", "fixtures/petstore/petstore.yaml");
    expect(petstore).not.toContain("multipartFormBody");
    expect(petstore).not.toContain("binaryResponses");
    const bytes = await security("security-binary-responses", "fixtures/responses/binary-and-text.yaml");
    expect(bytes).toContain('import { binaryResponses } from "./runtime/response-binary.js";');
    expect(bytes).toContain("binaryResponse: binaryResponses,");
    const reserved = await security("security-allow-reserved", "fixtures/params/allow-reserved.yaml");
    expect(reserved).toContain('import { encodeAllowReserved } from "./runtime/encode.js";');
    expect(reserved).toMatch(/style: \{ (\w+, )*allowReserved: encodeAllowReserved \}/);
    expect(json).not.toContain("encodeAllowReserved");
    const deep = await security("security-deep-object", "fixtures/params/deep-object.yaml");
    expect(deep).toContain('import { deepObject } from "./runtime/style.js";');
    const form = await security("security-form-encoding", "fixtures/bodies/form-encoding.yaml");
    expect(form).toMatch(/body: \{ [^}]*form: formUrlencodedBody/);
  }, 60_000);
});
