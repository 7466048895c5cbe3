// OpenAPI 3.0 and 3.1 spellings of the same schema ideas give the caller the same types:
// `type: [x, "null"]` / `nullable`, `const` / one-value `enum`, `examples` / `example`, and
// 3.1's schema-local `$defs`. Checked by compiling a caller's code against the client.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { generate } from "../support/generate.js";
import { expectOnlyMarkedLinesFail, typecheck } from "../support/typecheck.js";

/** A caller's file: what must compile, and (marked `// expected error TSnnnn`) what must not. */
const usage = (withSize: boolean) => `
import { createClient, createThing } from "./index.js";
const api = createClient({ baseURL: "http://127.0.0.1:1" });
export async function use(): Promise<void> {
  const made = await createThing(api, { body: { kind: "thing", name: "W", nickname: null${withSize ? ', size: "S"' : ""} } });
  const kind: "thing" = made.kind;
  const nickname: string | null | undefined = made.nickname;
  void [kind, nickname];
  // kind is a constant
  await createThing(api, { body: { kind: "other", name: "W"${withSize ? ', size: "S"' : ""} } }); // expected error TS2322
  // name is required
  await createThing(api, { body: { kind: "thing"${withSize ? ', size: "S"' : ""} } }); // expected error TS2741
${withSize ? '  // size comes from $defs: S, M or L\n  await createThing(api, { body: { kind: "thing", name: "W", size: "XL" } }); // expected error TS2322\n' : ""}}
`;

describe.each([
  // 3.1's `$defs` no longer become a required property (issue 13; load/hoist-defs.ts).
  { fixture: "versions/openapi-3.0.yaml", withSize: false },
  { fixture: "versions/openapi-3.1.yaml", withSize: true },
])("$fixture", ({ fixture, withSize }) => {
  test("a caller's code compiles exactly where the schema allows it", { timeout: 120_000 }, async () => {
    const { output } = await generate(`coverage/${fixture.replace(/\W+/g, "-")}`, `fixtures/${fixture}`, { format: false });
    writeFileSync(join(output, "usage.ts"), usage(withSize));
    const errors = await typecheck(output, { moduleResolution: "nodenext", dom: true });
    expectOnlyMarkedLinesFail(join(output, "usage.ts"), errors, withSize ? 3 : 2);
  });
});
