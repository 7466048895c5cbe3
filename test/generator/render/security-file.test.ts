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
    expect(text).toContain(
      ["export const api: ApiDescriptor<typeof securitySchemes> = {", "  schemes: securitySchemes,", "  servers,", "};"].join("\n"),
    );
  }, 60_000);
});
