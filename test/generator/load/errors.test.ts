// The exact wording and location of every problem a user can meet at the door.
import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { InputError, InvalidDocumentError, type DocumentProblem } from "../../../generator/errors.js";
import { loadDocument } from "../../../generator/load/index.js";
import { problemsOf, ROOT } from "./helpers.js";

const load = (input: string) => loadDocument(input, { cwd: ROOT });
const at = (file: string, pointer: string | undefined, line: number, column: number) =>
  pointer === undefined ? { file, line, column } : { file, pointer, line, column };

interface Case {
  name: string;
  input: string;
  want: DocumentProblem[];
}

const F = "fixtures/invalid";

const cases: Case[] = [
  {
    name: "invalid YAML: every error, with line and column",
    input: `${F}/broken.yaml`,
    want: [
      { code: "syntax", message: "invalid YAML: Nested mappings are not allowed in compact mappings", location: at(`${F}/broken.yaml`, undefined, 3, 10) },
      { code: "syntax", message: "invalid YAML: Implicit keys need to be on a single line", location: at(`${F}/broken.yaml`, undefined, 3, 10) },
    ],
  },
  {
    name: "invalid JSON, in words that do not depend on the Node version",
    input: `${F}/broken.json`,
    want: [{ code: "syntax", message: "invalid JSON: unexpected character '\"', expected ',' or '}'", location: at(`${F}/broken.json`, undefined, 4, 3) }],
  },
  {
    name: "a duplicate key makes pointers ambiguous",
    input: `${F}/duplicate-key.yaml`,
    want: [{ code: "syntax", message: "invalid YAML: Map keys must be unique", location: at(`${F}/duplicate-key.yaml`, undefined, 6, 1) }],
  },
  {
    name: "an empty document",
    input: `${F}/empty.yaml`,
    want: [{ code: "syntax", message: "the document is empty", location: { file: `${F}/empty.yaml` } }],
  },
  {
    name: "not an OpenAPI document",
    input: `${F}/not-openapi.yaml`,
    want: [{ code: "not-openapi", message: "not an OpenAPI document: no 'openapi' or 'swagger' field", location: at(`${F}/not-openapi.yaml`, "#", 1, 1) }],
  },
  {
    name: "a top-level array",
    input: `${F}/top-array.json`,
    want: [
      { code: "not-openapi", message: "not an OpenAPI document: expected an object at the top level, found array", location: at(`${F}/top-array.json`, "#", 1, 1) },
    ],
  },
  {
    name: "OpenAPI 4",
    input: `${F}/openapi-4.yaml`,
    want: [
      { code: "unsupported-version", message: "unsupported OpenAPI version '4.0.0' (supported: 2.0, 3.0.x, 3.1.x)", location: at(`${F}/openapi-4.yaml`, "#/openapi", 1, 1) },
    ],
  },
  {
    name: "OpenAPI 3.2, which the bundler and openapi-typescript do not know yet",
    input: `${F}/openapi-3.2.yaml`,
    want: [
      { code: "unsupported-version", message: "unsupported OpenAPI version '3.2.0' (supported: 2.0, 3.0.x, 3.1.x)", location: at(`${F}/openapi-3.2.yaml`, "#/openapi", 1, 1) },
    ],
  },
  {
    name: "Swagger 1.2",
    input: `${F}/swagger-1.2.json`,
    want: [
      { code: "unsupported-version", message: "unsupported Swagger version '1.2' (supported: 2.0, 3.0.x, 3.1.x)", location: at(`${F}/swagger-1.2.json`, "#/swaggerVersion", 3, 3) },
    ],
  },
  {
    name: "missing internal refs and mapping targets: all of them, where each stands; example data is not a ref",
    input: `${F}/missing-ref.yaml`,
    want: [
      {
        code: "unresolved-ref",
        message: "$ref '#/components/responses/PetResponse' not found",
        location: at(`${F}/missing-ref.yaml`, "#/paths/~1pets~1{petId}/get/responses/200", 30, 9),
      },
      {
        code: "unresolved-ref",
        message: "$ref '#/components/schemas/Pett' not found",
        location: at(`${F}/missing-ref.yaml`, "#/paths/~1pets~1{petId}/get/responses/default/content/application~1json/schema", 36, 15),
      },
      {
        code: "unresolved-ref",
        message: "discriminator mapping '#/components/schemas/Dgo' not found",
        location: at(`${F}/missing-ref.yaml`, "#/components/schemas/Animal/discriminator/mapping/dog", 57, 11),
      },
    ],
  },
  {
    name: "missing refs in a Swagger 2.0 document point into the document as written",
    input: `${F}/swagger2-missing-ref.yaml`,
    want: [
      {
        code: "unresolved-ref",
        message: "$ref '#/definitions/Pets' not found",
        location: at(`${F}/swagger2-missing-ref.yaml`, "#/paths/~1pets/get/responses/200/schema", 11, 11),
      },
    ],
  },
  {
    name: "missing external file, missing pointer in a file, and a broken ref inside an external file",
    input: `${F}/missing-external/openapi.yaml`,
    want: [
      {
        code: "unresolved-ref",
        message: `$ref './nope.yaml' not found (cannot read '${F}/missing-external/nope.yaml': file not found)`,
        location: at(`${F}/missing-external/openapi.yaml`, "#/paths/~1pets/get/responses/200/content/application~1json/schema", 13, 15),
      },
      {
        code: "unresolved-ref",
        message: "$ref './schemas.yaml#/Nope' not found",
        location: at(`${F}/missing-external/openapi.yaml`, "#/paths/~1pets/get/responses/201/content/application~1json/schema", 19, 15),
      },
      {
        code: "unresolved-ref",
        message: "$ref '#/Owner' not found",
        location: at(`${F}/missing-external/schemas.yaml`, "#/Pet/properties/owner", 4, 5),
      },
    ],
  },
  {
    name: "an external file that is not valid YAML",
    input: `${F}/broken-external/openapi.yaml`,
    want: [
      {
        code: "syntax",
        message: "invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
        location: at(`${F}/broken-external/broken.yaml`, undefined, 4, 1),
      },
      {
        code: "unresolved-ref",
        message: "$ref './broken.yaml' not found",
        location: at(`${F}/broken-external/openapi.yaml`, "#/paths/~1pets/get/responses/200/content/application~1json/schema", 13, 15),
      },
    ],
  },
  {
    name: "structural problems: all of them",
    input: `${F}/structure.yaml`,
    want: [
      { code: "structure", message: "missing required field 'info'", location: at(`${F}/structure.yaml`, "#", 1, 1) },
      { code: "structure", message: "path 'pets' must start with '/'", location: at(`${F}/structure.yaml`, "#/paths/pets", 3, 3) },
      {
        code: "structure",
        message: "parameter 'in' must be one of query, header, path, cookie, found 'body'",
        location: at(`${F}/structure.yaml`, "#/paths/~1pets~1{petId}/parameters/0/in", 11, 9),
      },
      { code: "structure", message: "operation has no 'responses'", location: at(`${F}/structure.yaml`, "#/paths/~1pets~1{petId}/get", 12, 5) },
      { code: "structure", message: "operation must be an object, found string", location: at(`${F}/structure.yaml`, "#/paths/~1pets~1{petId}/post", 15, 5) },
      { code: "structure", message: "security scheme has no 'type'", location: at(`${F}/structure.yaml`, "#/components/securitySchemes/bearer", 18, 5) },
      { code: "structure", message: "parameter has no 'name'", location: at(`${F}/structure.yaml`, "#/components/parameters/Unnamed", 21, 5) },
      {
        code: "structure",
        message: "security scheme 'api_key' is not defined",
        location: at(`${F}/structure.yaml`, "#/paths/~1pets~1{petId}/get/security/0/api_key", 14, 11),
      },
    ],
  },
];

describe("invalid documents: every problem, exact wording, exact location", () => {
  test.each(cases)("$name", async ({ input, want }) => {
    const problems = await problemsOf(load(input));
    expect(problems).toEqual(want);
  });

  test("the error's own message and location are those of the first problem, on one line", async () => {
    const error = await load(`${F}/missing-ref.yaml`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDocumentError);
    const { message, location } = error as InvalidDocumentError;
    expect(message).toBe("$ref '#/components/responses/PetResponse' not found");
    expect(location).toMatchObject({ pointer: "#/paths/~1pets~1{petId}/get/responses/200", line: 30 });
    for (const { input } of cases) {
      for (const problem of await problemsOf(load(input))) expect(problem.message).not.toMatch(/\n|\s{2}|\bat \w+ \(/);
    }
  });
});

describe("hostile input", () => {
  test("JSON nested deeper than any walk can recurse is refused in one line, at the place, not a crash", async () => {
    const depth = 50_000;
    const text = `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"x-deep":${"[".repeat(depth)}${"]".repeat(depth)},
      "components":{"schemas":{"a":${'{"items":'.repeat(depth)}{}${"}".repeat(depth)}}}}`;
    const problems = await problemsOf(loadDocument("-", { cwd: ROOT, stdin: Readable.from([text]) }));
    const pointer = `#/x-deep${"/0".repeat(127)}`; // x-deep is level 1
    const message = "nested more than 128 levels deep: keyway reads no deeper";
    expect(problems).toEqual([{ code: "structure", message, location: { file: "<stdin>", pointer, line: 1, column: 202 } }]);
  });
});

describe("unreadable input", () => {
  test.each([
    ["fixtures/invalid/no-such-file.yaml", "cannot read 'fixtures/invalid/no-such-file.yaml': file not found"],
    ["fixtures/invalid", "cannot read 'fixtures/invalid': is a directory"],
  ])("%s", async (input, message) => {
    const error = await load(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(message);
    expect((error as InputError).location).toEqual({ file: input });
    expect((error as InputError).kind).toBe("input");
  });
});
