import { describe, expect, test } from "vitest";
import { buildModel } from "../../../generator/model/index.js";
import { camelCase, safeIdentifier } from "../../../generator/model/names.js";
import { documentWith, type TestCase } from "./build.js";

describe("operation names", () => {
  const cases: TestCase<string, string>[] = [
    { name: "GitHub's slash ids", given: "repos/get-content", want: "reposGetContent" },
    { name: "dots and dashes", given: "pets.list-all", want: "petsListAll" },
    { name: "snake_case", given: "get_pet_by_id", want: "getPetById" },
    { name: "PascalCase", given: "GetPetById", want: "getPetById" },
    { name: "unicode letters kept", given: "créer-animal", want: "créerAnimal" },
    { name: "leading digit", given: "2fa/verify", want: "_2faVerify" },
    { name: "reserved word", given: "delete", want: "delete_" },
    { name: "nothing usable", given: "***", want: "get" },
  ];
  test.each(cases)("$name: $given -> $want", ({ given, want }) => {
    expect(safeIdentifier(given, "get")).toBe(want);
  });

  test("camelCase splits on lower-to-upper changes and keeps acronyms whole", () => {
    expect(camelCase("list_HTTP_pets")).toBe("listHTTPPets");
    expect(camelCase("getPetByID")).toBe("getPetByID");
  });

  // Issue 13: AWS's `GET_AttachInstances` (hundreds of them) and friends.
  test.each([
    ["GET_AttachInstances", "getAttachInstances"],
    ["TVListingsFeed", "tvListingsFeed"],
    ["SIGNUPId", "signupId"],
    ["XMLHttpRequest", "xmlHttpRequest"],
    ["HTTP", "http"],
    ["getHTTPResponse", "getHTTPResponse"],
    ["Pets", "pets"],
  ])("camelCase lowers a leading acronym whole: %s -> %s", (given, want) => {
    expect(camelCase(given)).toBe(want);
  });

  test("without operationId the name comes from method and path", () => {
    const { model } = buildModel(documentWith({ paths: { "/pets/{petId}/photos": { get: { responses: {} }, post: { responses: {} } } } } as never));
    expect(model.operations.map((o) => [o.name, o.id, o.typeName])).toEqual([
      ["getPetsByPetIdPhotos", "get pets by petId photos", "GetPetsByPetIdPhotos"],
      ["postPetsByPetIdPhotos", "post pets by petId photos", "PostPetsByPetIdPhotos"],
    ]);
  });

  test("collisions get a numeric suffix in document order, with a warning; exported names are never used", () => {
    const { model, warnings } = buildModel(
      documentWith({
        paths: {
          "/a": { get: { operationId: "get-pet", responses: {} } },
          "/b": { get: { operationId: "getPet", responses: {} } },
          "/c": { get: { operationId: "GetPet", responses: {} } },
          "/d": { get: { operationId: "createClient", responses: {} } },
        },
      } as never),
    );
    expect(model.operations.map((o) => o.name)).toEqual(["getPet", "getPet2", "getPet3", "createClient2"]);
    expect(warnings.map((w) => w.message)).toEqual([
      "operationId 'getPet' is already taken; the method is named 'getPet2'",
      "operationId 'GetPet' is already taken; the method is named 'getPet3'",
      "operationId 'createClient' is already taken; the method is named 'createClient2'",
    ]);
  });

  test("tag groups: first tag, untagged in `default`, names unique and usable after a dot", () => {
    const { model } = buildModel(
      documentWith({
        tags: [{ name: "pet store", description: "Pets" }],
        paths: {
          "/a": { get: { tags: ["pet store", "other"], responses: {} } },
          "/b": { get: { responses: {} } },
          "/c": { get: { tags: ["Pet-Store"], responses: {} } },
        },
      } as never),
    );
    expect(model.groups.map((g) => [g.tag, g.name, g.doc.description, g.operations.length])).toEqual([
      ["pet store", "petStore", "Pets", 1],
      ["default", "default", undefined, 1],
      ["Pet-Store", "petStore2", undefined, 1],
    ]);
  });
});
