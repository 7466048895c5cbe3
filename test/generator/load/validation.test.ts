// Issue 13: what was accepted silently, or reported in a JavaScript error's own words, is
// now one located line each: wrongly typed values, refs to what can not stand there, oauth2
// schemes without a flow, file: URLs, a $ref to a file that holds a plain string.
import { join } from "node:path";
import { expect, test } from "vitest";
import { formatLocation, InvalidDocumentError } from "../../../generator/errors.js";
import { loadDocument } from "../../../generator/load/index.js";
import { generateFixture, repoRoot, scratchDir, typecheckFixtures } from "../../support/fixture-clients.js";

/** Each problem as the CLI prints it, less the `error ` prefix. */
async function lines(input: string): Promise<string[]> {
  const error = await loadDocument(input, { cwd: repoRoot }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof InvalidDocumentError)) throw new Error(`${input} was not refused: ${String(error)}`);
  return error.problems.map((p) => `${formatLocation(p.location)}: ${p.message}`);
}

interface TestCase {
  input: string;
  want: string[];
}

const S = "fixtures/invalid/shape";
const cases: TestCase[] = [
  {
    input: `${S}/wrong-types.yaml`,
    want: [
      `${S}/wrong-types.yaml#/info (3:1): 'info' has no 'version'`,
      `${S}/wrong-types.yaml#/paths/~1pets/get/operationId (8:7): 'operationId' must be a string, found number`,
      `${S}/wrong-types.yaml#/paths/~1pets/get/responses/operationId (15:9): response key 'operationId' is not an HTTP status code, a range like 2XX, or 'default'`,
      `${S}/wrong-types.yaml#/paths/~1pets/get/responses/200/content/application~1json/schema/type (14:25): 'type' must be one of object, array, string, number, integer, boolean, found 'strng'`,
      `${S}/wrong-types.yaml#/paths/~1pets/post/requestBody (17:7): request body must be an object, found string`,
      `${S}/wrong-types.yaml#/components/schemas/Pet/required (24:7): 'required' must be an array, found string`,
      `${S}/wrong-types.yaml#/components/schemas/Pet/properties/name/$ref (26:17): '$ref' must be a string, found number`,
      `${S}/wrong-types.yaml#/components/schemas/Pet/properties/tag (27:9): schema must be an object, found string`,
    ],
  },
  {
    input: `${S}/ref-targets.yaml`,
    want: [
      `${S}/ref-targets.yaml#/components/schemas/BadEscape (20:5): $ref '#/components/schemas/%zz' not found`,
      `${S}/ref-targets.yaml#/components/schemas/A (15:5): $ref '#/components/schemas/B' is a cycle of references that never reaches a value: #/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A`,
      `${S}/ref-targets.yaml#/components/schemas/B (16:5): $ref '#/components/schemas/A' is a cycle of references that never reaches a value: #/components/schemas/B -> #/components/schemas/A -> #/components/schemas/B`,
      `${S}/ref-targets.yaml#/components/schemas/Self (17:5): $ref '#/components/schemas/Self' is a cycle of references that never reaches a value: #/components/schemas/Self -> #/components/schemas/Self`,
      `${S}/ref-targets.yaml#/components/schemas/Root (18:5): $ref '#/' points at the whole document`,
      `${S}/ref-targets.yaml#/components/schemas/Title (19:5): $ref '#/info/title' points at a string, not a schema`,
      `${S}/ref-targets.yaml#/components/schemas/BadEscape (20:5): $ref '#/components/schemas/%zz' is not a valid URI fragment: a '%' must start a percent-escape (RFC 3986 §2.1)`,
    ],
  },
  {
    input: `${S}/oauth2-flows.yaml`,
    want: [
      `${S}/oauth2-flows.yaml#/components/securitySchemes/none (7:5): security scheme has no 'flows'`,
      `${S}/oauth2-flows.yaml#/components/securitySchemes/empty/flows (8:28): 'flows' declares no flow: give at least one of implicit, password, clientCredentials, authorizationCode`,
    ],
  },
  {
    input: `${S}/file-url-ref.yaml`,
    want: [
      `${S}/file-url-ref.yaml#/paths/~1a/get/responses/200/content/application~1json/schema (12:15): $ref 'file:///etc/hostname': file: URLs are not supported; name the file by a path relative to this document`,
    ],
  },
  {
    input: "fixtures/invalid/plain-string-ref/openapi.yaml",
    want: [
      "fixtures/invalid/plain-string-ref/openapi.yaml#/paths/~1a/get/responses/200/content/application~1json/schema (12:15): $ref './hostname' points at a string, not a schema",
    ],
  },
  {
    input: "fixtures/invalid/alias-bomb.yaml",
    want: ["fixtures/invalid/alias-bomb.yaml (3:8): invalid YAML: Excessive alias count indicates a resource exhaustion attack"],
  },
];

test.each(cases)("$input: every problem, exact wording, exact place", async ({ input, want }) => {
  expect(await lines(input)).toEqual(want);
});

test("path templates that do not match the path parameters, and a numeric version: warned, generated, compiled", { timeout: 120_000 }, async () => {
  const root = scratchDir("load/path-templates");
  const { warnings } = await generateFixture(join(repoRoot, "fixtures/load/path-templates.yaml"), join(root, "client"));
  expect(warnings.map((w) => `${w.pointer} (${w.line}:${w.column}): ${w.message}`)).toEqual([
    "#/openapi (3:1): 'openapi' is the number 3, not a version string: read as '3.0'; quote it",
    "#/paths/~1missing~1{id}/get (7:5): path template '{id}' has no path parameter named 'id'",
    "#/paths/~1extra/get (11:5): path parameter 'id' is not in the path '/extra'",
    "#/paths/~1twice~1{id}~1{id} (15:3): path '/twice/{id}/{id}' names '{id}' more than once",
  ]);
  expect(await typecheckFixtures(root, ["client"])).toEqual({});
});
