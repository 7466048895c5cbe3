// `--query tanstack` and the `query` / `pagination` config properties: checked with messages
// that point at the property, described alike by the JSON Schema, and honoured end to end.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGINATION_PROPERTIES } from "../../../generator/config/pagination.js";
import { validateConfig } from "../../../generator/config/validate.js";
import { PETSTORE, ROOT, runCli, tempDir } from "../../support/cli.js";

const rejection = (value: unknown) => {
  try {
    validateConfig(value, "keyway.config.json");
  } catch (error) {
    const { message, location } = error as { message: string; location: { pointer?: string } };
    return `${location.pointer}: ${message}`;
  }
  return "accepted";
};

describe("config: query and pagination", () => {
  it.each([
    [{ query: "tanstack", pagination: { cursor: ["after"] } }, "accepted"],
    [{ query: "swr" }, '#/query: must be "tanstack"'],
    [{ clients: [{ pagination: [] }] }, "#/clients/0/pagination: must be an object"],
    [{ pagination: { cursors: ["a"] } }, '#/pagination/cursors: unknown property "cursors" (known: cursor, nextCursor, offset, limit, page, items)'],
    [{ pagination: { page: "page" } }, "#/pagination/page: must be an array of non-empty strings"],
    [{ pagination: { page: [""] } }, "#/pagination/page: must be an array of non-empty strings"],
  ])("%j -> %s", (value, want) => {
    expect(rejection(value)).toBe(want);
  });

  it("the JSON Schema describes the same properties", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schema/keyway.config.schema.json"), "utf8"));
    const properties = schema.$defs.clientProperties.properties;
    expect(properties.query.enum).toEqual(["tanstack"]);
    expect(Object.keys(properties.pagination.properties)).toEqual([...PAGINATION_PROPERTIES]);
    expect(properties.pagination.additionalProperties).toBe(false);
  });
});

describe("the CLI", () => {
  it("--query tanstack adds queries.ts beside a config's pagination names", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "keyway.config.json"), JSON.stringify({ input: PETSTORE, output: "api", pagination: { cursor: ["nope"] } }));
    const run = await runCli(["generate", "client", "--query", "tanstack", "-q"], { cwd });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(existsSync(join(cwd, "api/queries.ts"))).toBe(true);
    expect(readFileSync(join(cwd, "api/queries.ts"), "utf8")).toContain("export function listPetsQueryOptions");
  });

  it("an unknown query library is a usage error, exit 2, nothing written", async () => {
    const cwd = tempDir();
    const run = await runCli(["generate", "client", "-i", PETSTORE, "-o", "api", "--query", "swr"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('error: --query must be "tanstack", not "swr"');
    expect(existsSync(join(cwd, "api"))).toBe(false);
  });
});
