// queries.ts, errors.ts and types.ts under tsc --strict, as users compile them: usage.ts says
// what must compile, and what must not (each marked `// expected error TSnnnn` must fail with
// that code, and nothing else may fail). Both the React and the Vue adapter take the same options.
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { generate, repoRoot } from "../../support/generate.js";
import { expectOnlyMarkedLinesFail, typecheck } from "../../support/typecheck.js";

let output: string;
let warnings: string[];

beforeAll(async () => {
  ({ output, warnings } = await generate("client-queries-types", "fixtures/queries/todos.yaml", { query: "tanstack" }));
  copyFileSync(join(repoRoot, "test/client/queries/usage.ts.txt"), join(output, "usage.ts"));
});

describe("queries.ts with its callers under tsc --strict: exactly usage.ts's marked lines fail, with their codes", () => {
  test.each([
    { moduleResolution: "nodenext", dom: true },
    { moduleResolution: "bundler", dom: true },
    { moduleResolution: "bundler", dom: false },
  ] as const)("moduleResolution $moduleResolution, DOM lib: $dom", async (setup) => {
    expectOnlyMarkedLinesFail(join(output, "usage.ts"), await typecheck(output, setup), 10);
  });
});

describe("the generated files", () => {
  const read = (file: string) => readFileSync(join(output, file), "utf8");

  test("queries.ts imports nothing but types from @tanstack/query-core", () => {
    const imports = read("queries.ts").match(/^import[^;]*from "@tanstack\/[^"]+";/gms) ?? [];
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatch(/^import type \{/);
    expect(imports[0]).toContain('"@tanstack/query-core"');
    // Nothing else of the client mentions TanStack: it stays usable without the package.
    for (const file of ["index.ts", "client.ts", "operations.ts", "errors.ts", "types.ts"]) expect(read(file)).not.toContain("@tanstack");
  });

  test("types.ts names every schema; a taken name gets a suffix and a warning", () => {
    expect(read("types.ts")).toContain('export type Todo = components["schemas"]["Todo"];');
    expect(read("types.ts")).toContain('export type Client2 = components["schemas"]["Client"];');
    expect(warnings).toContain("#/components/schemas/Client: the type name 'Client' is taken; schema 'Client' is exported as 'Client2'");
  });

  test("without --query, no queries.ts", async () => {
    const plain = await generate("client-queries-none", "fixtures/queries/todos.yaml");
    expect(plain.result.files).not.toContain("queries.ts");
    expect(plain.result.files).toEqual(expect.arrayContaining(["types.ts", "errors.ts"]));
  });
});
