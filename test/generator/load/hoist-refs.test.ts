// $refs into #/paths/... become components before the types stage (issue 13: conjur.local,
// surevoip.co.uk and oas-examples' circular-paths got `paths[...]` lookups tsc rejects).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { groupOf } from "../../../generator/load/hoist-refs.js";
import { parsePointer } from "../../../generator/load/pointer.js";
import { generateFixture, repoRoot, scratchDir, typecheckFixtures } from "../../support/fixture-clients.js";

interface TestCase {
  pointer: string;
  want: ReturnType<typeof groupOf>;
}

const cases: TestCase[] = [
  { pointer: "#/paths/~1a/get/parameters/0", want: "parameters" },
  { pointer: "#/paths/~1a/parameters/1/schema", want: "schemas" },
  { pointer: "#/paths/~1a/get/parameters/0/content/application~1json/schema/items", want: "schemas" },
  { pointer: "#/paths/~1a/post/requestBody", want: "requestBodies" },
  { pointer: "#/paths/~1a/post/requestBody/content/application~1json", want: undefined }, // a Media Type is no component
  { pointer: "#/paths/~1a/post/requestBody/content/application~1json/schema/properties/p", want: "schemas" },
  { pointer: "#/paths/~1a/get/responses/200", want: "responses" },
  { pointer: "#/paths/~1a/get/responses/200/headers/X-Rate", want: "headers" },
  { pointer: "#/paths/~1a/get/responses/200/headers/X-Rate/schema", want: "schemas" },
  { pointer: "#/paths/~1a/get/callbacks/onEvent/{$request.body#~1url}/post/requestBody", want: "requestBodies" },
  { pointer: "#/webhooks/newPet/post/requestBody/content/application~1json/schema", want: "schemas" },
  { pointer: "#/components/parameters/Limit/schema", want: "schemas" },
  { pointer: "#/components/responses/NotFound/content/text~1plain/schema", want: "schemas" },
  { pointer: "#/components/schemas/Pet/properties/name", want: undefined }, // openapi-typescript prints these
  { pointer: "#/components/parameters/Limit", want: undefined },
  { pointer: "#/paths/~1a", want: undefined },
  { pointer: "#/paths/~1a/get", want: undefined },
  { pointer: "#/info/title", want: undefined },
];

test.each(cases)("groupOf($pointer) -> $want", ({ pointer, want }) => {
  expect(groupOf(parsePointer(pointer))).toBe(want);
});

test("a document with refs into #/paths/... gives a schema.ts tsc accepts, with no paths[...] lookup", { timeout: 120_000 }, async () => {
  const root = scratchDir("load/hoist-refs");
  const { output, warnings } = await generateFixture(join(repoRoot, "fixtures/load/refs-into-paths.yaml"), join(root, "client"));
  expect(warnings).toEqual([]);
  const schema = readFileSync(join(output, "schema.ts"), "utf8");
  expect(schema).not.toMatch(/paths\[/);
  expect(schema).toContain('"application/json": components["schemas"]["accounts_id_post_requestBody"]');
  expect(schema).toContain('self?: components["schemas"]["other_get_responses_200"]');
  expect(await typecheckFixtures(root, ["client"])).toEqual({});
});
