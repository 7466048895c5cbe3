import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadDocument } from "../../../generator/load/index.js";
import { dig, ROOT } from "./helpers.js";

const input = "fixtures/load/multi-file/openapi.yaml";
const dir = path.join(ROOT, "fixtures/load/multi-file");

function refsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => refsOf(item, out));
  else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out.push(value);
      else refsOf(value, out);
    }
  }
  return out;
}

describe("external $refs are bundled", () => {
  test("every ref of the result is internal, and internal refs stay refs", async () => {
    const { document } = await loadDocument(input, { cwd: ROOT });
    const refs = refsOf(document);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !ref.startsWith("#/"))).toEqual([]);
    expect(dig(document, "paths", "/pets/{petId}", "get", "parameters")).toEqual([{ $ref: "#/components/parameters/PetId" }]);
    expect(document.components?.responses?.Problem).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    });
  });

  test("a discriminator mapping to a file is bundled like a $ref (OpenAPI 3.1 §4.8.25.1)", async () => {
    const { document } = await loadDocument(input, { cwd: ROOT });
    expect(document.components?.schemas?.Animal).toEqual({
      oneOf: [{ $ref: "#/components/schemas/pet" }],
      discriminator: { propertyName: "kind", mapping: { pet: "#/components/schemas/pet" } },
    });
  });

  test("external schemas land in components; a path item file is inlined", async () => {
    const { document } = await loadDocument(input, { cwd: ROOT });
    expect(document.components?.schemas?.pet).toMatchObject({ type: "object", required: ["id", "name"] });
    expect(document.components?.schemas?.tag).toEqual({ type: "object", properties: { label: { type: "string" } } });
    expect(document.components?.schemas?.Error).toMatchObject({ type: "object" });
    expect(dig(document, "paths", "/pets", "get", "operationId")).toBe("listPets");
  });

  test("files lists the entry and every file it was assembled from", async () => {
    const { files } = await loadDocument(input, { cwd: ROOT });
    const expected = ["openapi.yaml", "paths/pets.yaml", "schemas/pet.yaml", "common.json", "schemas/tag.yaml"];
    expect([...files].sort()).toEqual(expected.map((f) => path.join(dir, f)).sort());
    expect(files[0]).toBe(path.join(dir, "openapi.yaml"));
  });

  test("locate follows bundled content back to the file it came from", async () => {
    const doc = await loadDocument(input, { cwd: ROOT });
    expect(doc.locate("#/components/schemas/pet/properties/name")).toEqual({
      file: "fixtures/load/multi-file/schemas/pet.yaml",
      pointer: "#/properties/name",
      line: 6,
      column: 3,
    });
    expect(doc.locate("#/components/schemas/Error/properties/code")).toEqual({
      file: "fixtures/load/multi-file/common.json",
      pointer: "#/components/schemas/Error/properties/code",
      line: 7,
      column: 11,
    });
    expect(doc.locate("#/paths/~1pets/get/responses/200")).toEqual({
      file: "fixtures/load/multi-file/paths/pets.yaml",
      pointer: "#/get/responses/200",
      line: 4,
      column: 5,
    });
    expect(doc.locate("#/components/parameters/PetId")).toEqual({ file: input, pointer: "#/components/parameters/PetId", line: 24, column: 5 });
  });

  test("files that refer to each other in a cycle bundle into refs between components", async () => {
    const { document } = await loadDocument("fixtures/load/cycle/openapi.yaml", { cwd: ROOT });
    expect(document.components?.schemas).toEqual({
      person: { type: "object", properties: { pets: { type: "array", items: { $ref: "#/components/schemas/pet" } } } },
      pet: {
        type: "object",
        properties: { owner: { $ref: "#/components/schemas/person" }, self: { $ref: "#/components/schemas/pet" } },
      },
    });
  });
});
