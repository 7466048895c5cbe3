// Issue 13: a schema's own `$defs` became a required property of its type.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { generateFixture, repoRoot, scratchDir, typecheckFixtures } from "../../support/fixture-clients.js";
import { expectOnlyMarkedLinesFail } from "../../support/typecheck.js";

const USAGE = `
import { createClient, createThing } from "./index.js";
const api = createClient({ baseURL: "http://127.0.0.1:1" });
export async function use(): Promise<void> {
  const made = await createThing(api, { body: { name: "x", part: { size: 1, unit: "cm" }, size: 2, meta: { $defs: "a name" } } });
  const unit: "cm" | "in" | undefined = made.part?.unit;
  void unit;
  // Part.size is an integer
  await createThing(api, { body: { name: "x", part: { size: "big" } } }); // expected error TS2322
}
`;

test("$defs become component schemas; a Thing is sent without them, and type-checks", { timeout: 120_000 }, async () => {
  const root = scratchDir("load/hoist-defs");
  const { output, warnings } = await generateFixture(join(repoRoot, "fixtures/load/schema-defs.yaml"), join(root, "client"));
  expect(warnings).toEqual([]);
  const schema = readFileSync(join(output, "schema.ts"), "utf8");
  expect(schema).not.toMatch(/\$defs["\]]* ?[:\]]\s*\{/); // no `$defs: {` member, no `["$defs"]` lookup
  expect(schema).toContain('part?: components["schemas"]["Thing_Part"];');
  expect(schema).toContain('unit?: components["schemas"]["Thing_Part_Unit"];');
  expect(schema).toContain("$defs?: string;"); // the property named $defs stays
  writeFileSync(join(output, "usage.ts"), USAGE);
  const errors = await typecheckFixtures(root, ["client"]);
  expectOnlyMarkedLinesFail(join(output, "usage.ts"), errors.client ?? [], 1);
});
