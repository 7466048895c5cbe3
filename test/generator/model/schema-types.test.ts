// types.ts names (generator/model/schema-types.ts): safe, unique, and clear of every other
// name the generated index.ts exports.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { buildModel } from "../../../generator/model/index.js";
import { EXPORTED_TYPE_NAMES } from "../../../generator/model/schema-types.js";
import { documentWith, type TestCase } from "./build.js";

function typesOf(schemas: Record<string, object>, paths: object = {}) {
  const { model, warnings } = buildModel(documentWith({ components: { schemas }, paths } as never));
  return { names: model.schemaTypes.map((s) => [s.key, s.typeName]), warnings: warnings.map((w) => `${w.pointer}: ${w.message}`) };
}

describe("schema type names", () => {
  const cases: TestCase<string, string>[] = [
    { name: "already PascalCase", given: "Pet", want: "Pet" },
    { name: "lower case", given: "pet", want: "Pet" },
    { name: "dots, dashes, snake_case", given: "pet.owner-address_line", want: "PetOwnerAddressLine" },
    { name: "leading digit", given: "200_response", want: "_200Response" },
    { name: "nothing usable", given: "***", want: "Schema" },
    { name: "unicode letters kept", given: "café", want: "Café" },
  ];
  test.each(cases)("$name: $given -> $want", ({ given, want }) => {
    expect(typesOf({ [given]: { type: "object" } }).names).toEqual([[given, want]]);
  });

  test("collisions get a numeric suffix in document order, with a warning", () => {
    const { names, warnings } = typesOf({ Pet: {}, pet: {}, "pet-": {} });
    expect(names).toEqual([["Pet", "Pet"], ["pet", "Pet2"], ["pet-", "Pet3"]]);
    expect(warnings).toEqual([
      "#/components/schemas/pet: the type name 'Pet' is taken; schema 'pet' is exported as 'Pet2'",
      "#/components/schemas/pet-: the type name 'Pet' is taken; schema 'pet-' is exported as 'Pet3'",
    ]);
  });

  test("names of the client, the runtime and the operations' types are never taken", () => {
    const paths = { "/p": { get: { operationId: "getPet", responses: {} } } };
    const { names } = typesOf({ Client: {}, TokenSet: {}, ApiError: {}, GetPetData: {}, GetPetArgs: {}, OperationErrors: {} }, paths);
    expect(names.map(([, typeName]) => typeName)).toEqual(["Client2", "TokenSet2", "ApiError2", "GetPetData2", "GetPetArgs2", "OperationErrors2"]);
  });
});

test("every type runtime/index.ts exports is reserved for schema type names", () => {
  const file = join(import.meta.dirname, "../../../runtime/index.ts");
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
  const exported: string[] = [];
  source.forEachChild((node) => {
    if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
      for (const element of node.exportClause.elements) exported.push(element.name.text);
    }
  });
  // PascalCase names are the ones a schema type could take.
  const pascal = exported.filter((name) => /^[A-Z]/.test(name));
  expect(pascal.length).toBeGreaterThan(10);
  expect(pascal.filter((name) => !EXPORTED_TYPE_NAMES.includes(name))).toEqual([]);
});
