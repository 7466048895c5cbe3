// The templates print what prettier prints (generator/render/layout.ts decides the line
// breaks), so a default run does not need prettier: for every fixture, the synthetic sizes
// the bench runs, real documents and names of every length, prettier must leave every file
// printed from a template exactly as it is. A template edit that prettier would reformat
// fails here, with the diff.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { syntheticDocument } from "../../../bench/lib/synthetic.mjs";
import { REAL_DOCUMENTS } from "../../support/documents.js";
import { generate, tmpDir } from "../../support/generate.js";
import { entryDocuments, templateFiles } from "../../support/template-files.js";

// The options keyway's format stage (generator/format) gives prettier.
const PRETTIER = { parser: "babel-ts", printWidth: 100 } as const;

/** Generates `input` with keyway's defaults and returns the files prettier would change, with its version. */
async function reformatted(name: string, input: string, options: { groupBy: "none" | "tag"; query?: "tanstack" }) {
  const { output } = await generate(`identity-${name.replace(/\W/g, "-")}-${options.groupBy}`, input, options);
  const files = templateFiles(output);
  expect(Object.keys(files)).toContain("operations.ts");
  const changed: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    const formatted = await prettier.format(text, PRETTIER);
    if (formatted !== text) changed[path] = formatted;
  }
  return { files, changed };
}

/** Writes a document into test/.tmp and returns its path. */
function writeDocument(name: string, document: object): string {
  const dir = tmpDir(`identity-input-${name}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(document));
  return path;
}

/**
 * One operation per name length from 1 to 96 characters, and paths, media types, headers and
 * statuses that vary with it, so every line the templates print crosses the 100-column limit
 * somewhere in this document (and the lines that must not move stay where they are).
 */
function widthsDocument(): object {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = {};
  for (let length = 1; length <= 96; length++) {
    const id = `o${"x".repeat(length - 1)}`;
    const segment = "s".repeat((length * 7) % 90);
    const ref = { $ref: `#/components/schemas/${`M${"m".repeat(length - 1)}`}` };
    // Every other schema has a readOnly property: its bodies, responses and types.ts names are
    // printed through Writable<…> and Readable<…>.
    schemas[`M${"m".repeat(length - 1)}`] = { type: "object", properties: { id: { type: "string", readOnly: length % 2 === 0 } } };
    const media = length % 3 === 0 ? ["application/json", "text/plain", "application/octet-stream"] : [`application/vnd.${segment.slice(0, length % 40)}+json`];
    const parameters = [
      { name: "id", in: "path", required: true, schema: { type: "string" } },
      ...(length % 2 ? [{ name: "q", in: "query", required: length % 4 === 1, schema: { type: "string" } }] : []),
      ...(length % 5 === 0 ? [{ name: "X-Trace", in: "header", schema: { type: "string" } }] : []),
    ];
    const success = {
      description: "ok",
      headers: length % 2 ? { "X-Rate": { required: true, schema: { type: "string" } }, Link: { schema: { type: "string" } } } : undefined,
      content: { [media[0] ?? "application/json"]: { schema: ref } },
    };
    paths[`/r${length}/${segment}/{id}`] = {
      [length % 2 ? "get" : "post"]: {
        operationId: id,
        summary: length % 7 === 0 ? undefined : `Operation ${length}`,
        parameters,
        requestBody: length % 2 ? undefined : { required: length % 4 === 0, content: Object.fromEntries(media.map((type) => [type, { schema: ref }])) },
        responses: {
          "200": success,
          ...(length % 3 === 1 ? { "201": { description: "created", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } } } : {}),
          ...(length % 4 === 2 ? { "404": { description: "missing", content: { "application/json": { schema: ref } } } } : {}),
          ...(length % 5 === 3 ? { "409": { description: "conflict" }, default: { description: "error", content: { "application/json": { schema: ref } } } } : {}),
        },
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: { title: "Widths", version: "1" },
    servers: [{ url: `https://api.example.com/${"v".repeat(40)}` }, { url: `https://eu.example.com/${"v".repeat(40)}` }],
    security: [{ oauth: ["read:everything"] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        oauth: {
          type: "oauth2",
          flows: {
            clientCredentials: {
              tokenUrl: `https://auth.example.com/${"t".repeat(60)}`,
              scopes: { "read:everything": `Read ${"everything ".repeat(9)}`, a: "b", "write:all": "short" },
            },
          },
        },
      },
    },
  };
}

describe("templates print what prettier prints", { timeout: 300_000 }, () => {
  const documents = entryDocuments();

  it("finds the fixtures", () => {
    expect(documents.length).toBeGreaterThan(25);
    expect(documents).toContain("fixtures/petstore/petstore.yaml");
  });

  it.each(documents.flatMap((document) => [[document, "none"] as const, [document, "tag"] as const]))(
    "%s (--group-by %s, --query tanstack)",
    async (document, groupBy) => {
      const { changed } = await reformatted(document, document, { groupBy, query: "tanstack" });
      expect(changed).toEqual({});
    },
  );

  it.each([1, 20, 100])("the bench's synthetic document of %i operations", async (operations) => {
    const input = writeDocument(`synthetic-${operations}`, syntheticDocument(operations));
    for (const groupBy of ["none", "tag"] as const) {
      const { changed } = await reformatted(`synthetic-${operations}`, input, { groupBy, query: "tanstack" });
      expect(changed).toEqual({});
    }
  });

  it.each(["petstore.yaml", "spotify.json"] as const)("the real document %s", async (name) => {
    const { changed } = await reformatted(name, REAL_DOCUMENTS[name], { groupBy: "none", query: "tanstack" });
    expect(changed).toEqual({});
  });

  it("names, paths and media types of every length from 1 to 96 characters", async () => {
    const input = writeDocument("widths", widthsDocument());
    for (const groupBy of ["none", "tag"] as const) {
      // Without queries.ts: its long-name shapes (a type parameter's default, an intersection
      // or an arrow body broken over lines) are not laid out yet; the fixtures cover it.
      const { files, changed } = await reformatted("widths", input, { groupBy });
      // The document does reach past the limit: some lines are broken, some are not.
      const operations = files[groupBy === "none" ? "operations.ts" : "operations/default.ts"] ?? "";
      expect(operations).toMatch(/^export function o\w+\($/m);
      expect(operations).toMatch(/^export function o\w+\(client: RuntimeClient, /m);
      expect(changed).toEqual({});
    }
  });
});
