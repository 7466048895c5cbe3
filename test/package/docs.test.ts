// The generated parts of docs/ (scripts/docs.mjs) match what they describe: the config
// reference the JSON Schema, docs/cli.md the CLI's own --help. Run `npm run docs` to update.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configReference, renderDocs } from "../../scripts/docs.mjs";
import { ROOT } from "../support/cli.js";

describe("docs/", () => {
  it.each(Object.entries(renderDocs()))("%s is what `npm run docs` writes", (path, text) => {
    expect(readFileSync(join(ROOT, path), "utf8"), "out of date: run `npm run build && npm run docs`").toBe(text);
  });

  it("the config reference has a row for every client property, with its enum", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schema/keyway.config.schema.json"), "utf8")) as {
      $defs: { clientProperties: { properties: Record<string, unknown> } };
    };
    const reference = configReference(schema);
    for (const name of Object.keys(schema.$defs.clientProperties.properties)) expect(reference).toContain(`| \`${name}\` |`);
    expect(reference).toContain('`"none"` \\| `"tag"`');
    // A property added to the schema shows up; drift would fail the test above.
    schema.$defs.clientProperties.properties["watchDelay"] = { type: "number", description: "new" };
    expect(configReference(schema)).toContain("| `watchDelay` | `number` | new |");
  });

  it("every relative link in docs/ and README.md points at a file that exists", () => {
    const pages = ["README.md", "docs/getting-started.md", "docs/bodies-and-responses.md", "docs/cli.md", "docs/config.md", ...MIGRATIONS];
    for (const page of pages) {
      const text = readFileSync(join(ROOT, page), "utf8");
      for (const [, target] of text.matchAll(/\]\(((?!https?:|#)[^)#\s]+)(?:#[^)]*)?\)/g)) {
        expect(() => readFileSync(join(ROOT, page, "..", target ?? ""), "utf8"), `${page} -> ${target}`).not.toThrow();
      }
    }
  });
});

const MIGRATIONS = ["hey-api", "orval", "openapi-typescript-codegen", "axios-interceptor"].map((name) => `docs/migrate/${name}.md`);
