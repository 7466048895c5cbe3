import { describe, expect, test } from "vitest";
import { loadDocument } from "../../../generator/load/index.js";
import { dig, ROOT } from "./helpers.js";

const input = "fixtures/load/swagger2/petstore.yaml";

describe("Swagger 2.0 is converted at the door", () => {
  test("the result is OpenAPI 3 shaped; the input version is recorded", async () => {
    const doc = await loadDocument(input, { cwd: ROOT });
    expect(doc.inputVersion).toBe("2.0");
    expect(doc.document.openapi).toMatch(/^3\.0\./);
    expect(doc.document).not.toHaveProperty("swagger");
    expect(doc.document).not.toHaveProperty("definitions");
    expect(doc.document).not.toHaveProperty("securityDefinitions");
    expect(doc.document.servers).toEqual([{ url: "https://pets.example.com/v1" }]);
  });

  test("securityDefinitions become components.securitySchemes, oauth2 flows renamed", async () => {
    const { document } = await loadDocument(input, { cwd: ROOT });
    expect(document.components?.securitySchemes).toEqual({
      basic: { type: "http", scheme: "basic" },
      api_key: { type: "apiKey", name: "X-API-Key", in: "header" },
      petstore_auth: {
        type: "oauth2",
        flows: {
          authorizationCode: {
            authorizationUrl: "https://auth.example.com/authorize",
            tokenUrl: "https://auth.example.com/token",
            scopes: { "read:pets": "read your pets" },
          },
        },
      },
      service: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://auth.example.com/token", scopes: {} } } },
    });
    expect(document.security).toEqual([{ api_key: [] }]);
    expect(dig(document, "paths", "/pets/{petId}", "get", "security")).toEqual([{ basic: [] }, { service: [] }]);
  });

  test("body parameters become requestBody; definitions refs point into components", async () => {
    const { document } = await loadDocument(input, { cwd: ROOT });
    expect(dig(document, "paths", "/pets", "post", "parameters")).toBeUndefined();
    expect(dig(document, "paths", "/pets", "post", "requestBody")).toEqual({
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
    });
    expect(document.components?.schemas?.Pet).toMatchObject({ properties: { nickname: { type: "string", nullable: true } } });
  });

  test("an external ref of a Swagger 2.0 document is bundled before conversion", async () => {
    const doc = await loadDocument(input, { cwd: ROOT });
    const schema = dig(doc.document, "paths", "/pets/{petId}", "get", "responses", "200");
    expect(schema).toEqual({
      description: "One pet",
      content: { "application/json": { schema: { $ref: "#/components/schemas/pet-definitions_Pet" } } },
    });
    expect(doc.files.map((f) => f.slice(ROOT.length + 1))).toEqual([input, "fixtures/load/swagger2/pet-definitions.yaml"]);
  });

  test("locate maps OpenAPI 3 pointers back to where Swagger 2.0 wrote them", async () => {
    const doc = await loadDocument(input, { cwd: ROOT });
    expect(doc.locate("#/components/schemas/Pet/properties/name")).toEqual({
      file: input,
      pointer: "#/definitions/Pet/properties/name",
      line: 70,
      column: 7,
    });
    expect(doc.locate("#/components/securitySchemes/petstore_auth")).toEqual({
      file: input,
      pointer: "#/securityDefinitions/petstore_auth",
      line: 15,
      column: 3,
    });
    expect(doc.locate("#/paths/~1pets/post/requestBody")).toMatchObject({ pointer: "#/paths/~1pets/post/parameters", line: 37 });
    expect(doc.locate("#/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema")).toMatchObject({
      pointer: "#/paths/~1pets~1{petId}/get/responses/200/schema",
      line: 63,
    });
    expect(doc.locate("#/components/schemas/pet-definitions_Pet/properties/id")).toEqual({
      file: "fixtures/load/swagger2/pet-definitions.yaml",
      pointer: "#/Pet/properties/id",
      line: 4,
      column: 5,
    });
  });

  test("what OpenAPI 3 can not say is converted anyway and reported, not left in the document", async () => {
    const doc = await loadDocument("fixtures/load/swagger2/lossy.yaml", { cwd: ROOT });
    expect(doc.inputVersion).toBe("2.0");
    expect(doc.conversionWarnings).toEqual([{ pointer: "#/paths/~1items/get/parameters/0", message: "collectionFormat:tsv is no longer supported" }]);
    expect(JSON.stringify(doc.document)).not.toContain("x-s2o-warning");
    expect(doc.locate("#/paths/~1items/get/parameters/0")).toMatchObject({ line: 10, column: 11 });
  });

  test("OpenAPI input carries no conversion warnings", async () => {
    const doc = await loadDocument("fixtures/load/formats/openapi-3.1.json", { cwd: ROOT });
    expect(doc.conversionWarnings).toBeUndefined();
  });
});
