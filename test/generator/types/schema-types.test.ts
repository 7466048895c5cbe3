// schema.ts is printed in passes, with a footer that collects operations in linear time
// (generator/types). Its text must stay what openapi-typescript prints for the whole
// document in one go, with the same options; and the worker must print the document it is
// told to, whether it parsed the entry's bytes ahead or is sent what load/ built.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { OpenAPI3 } from "openapi-typescript";
import { describe, expect, test } from "vitest";
import { startSchemaTypes, typesRunInline } from "../../../dist/generator/types/parallel.js";
import { loadDocument } from "../../../generator/load/index.js";
import { resolveRef } from "../../../generator/load/refs.js";
import { transformContext } from "../../../generator/types/context.js";
import { renderSchemaTypes } from "../../../generator/types/index.js";
import { READ_WRITE_HELPERS } from "../../../generator/types/read-write.js";
import { astToString, scanDiscriminators, transformSchema, ts } from "../../../generator/types/transformer.js";
import { usesReadWrite } from "../../../generator/model/read-write.js";
import { ROOT } from "../load/helpers.js";
import { REAL_DOCUMENTS } from "../../support/documents.js";

/** What openapi-typescript prints for readOnly/writeOnly besides the markers: keyway prints its own. */
const UPSTREAM_HELPERS = new Set(["$Read", "$Write", "Readable", "Writable"]);

/** openapi-typescript's own whole-document transform, as keyway called it before passes. */
function reference(document: OpenAPI3): string {
  const discriminators = scanDiscriminators(document, { silent: true });
  const resolve = <T>(ref: string) => resolveRef(document, ref) as T | undefined;
  const readWrite = usesReadWrite(document);
  const statements = transformSchema(document, transformContext(resolve, discriminators, [], readWrite));
  const own = statements.filter((node) => !(ts.isTypeAliasDeclaration(node) && UPSTREAM_HELPERS.has(node.name.text)));
  return (readWrite ? READ_WRITE_HELPERS.trimStart() : "") + astToString(own);
}

// Separate loads: scanning discriminators patches enums into the document it walks.
const load = async (file: string) => (await loadDocument(file, { cwd: ROOT })).document;

/** What the passes must get right: helper types from both, a discriminator, webhooks. */
const tricky = {
  openapi: "3.1.0",
  info: { title: "passes", version: "1" },
  paths: {
    "/pets": {
      get: { operationId: "listPets", responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } } } },
      post: {
        requestBody: { content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/Base" }], required: ["id"] } } } },
        responses: { "204": { description: "none" } },
      },
    },
    "/z": { get: { operationId: "zeta", responses: { "204": { description: "none" } } } },
  },
  webhooks: { ping: { post: { operationId: "ping", responses: { "200": { description: "ok" } } } } },
  components: {
    schemas: {
      Base: { type: "object", properties: { id: { type: "string" }, kind: { type: "string" } } },
      Pet: { oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }], discriminator: { propertyName: "kind" } },
      Cat: { allOf: [{ $ref: "#/components/schemas/Base" }], required: ["kind"] },
      Dog: { type: "object", properties: { kind: { type: "string" } } },
    },
  },
};

describe("schema types printed in passes equal openapi-typescript's single transform", () => {
  const files = [
    ...Object.values(REAL_DOCUMENTS),
    ...readdirSync(path.join(ROOT, "fixtures/versions")).map((name) => path.join(ROOT, "fixtures/versions", name)),
    path.join(ROOT, "fixtures/petstore/petstore.yaml"),
    path.join(ROOT, "fixtures/names/odd-operation-ids.yaml"),
  ];
  test.each(files.map((file) => [path.relative(ROOT, file), file]))("%s", async (_, file) => {
    const expected = reference(await load(file));
    expect(expected.length).toBeGreaterThan(100);
    expect(renderSchemaTypes(await load(file))).toBe(expected);
  });

  test("helper types from both passes, a discriminator, webhooks and an operation without operationId", () => {
    const expected = reference(structuredClone(tricky) as unknown as OpenAPI3);
    expect(expected).toContain("WithRequired");
    expect(expected).toContain("export interface webhooks");
    expect(renderSchemaTypes(structuredClone(tricky) as unknown as OpenAPI3)).toBe(expected);
  });

  test("printed one path and one component at a time (every chunk joined), the text is the same", async () => {
    const expected = reference(structuredClone(tricky) as unknown as OpenAPI3);
    expect(renderSchemaTypes(structuredClone(tricky) as unknown as OpenAPI3, undefined, 1)).toBe(expected);
    const petstore = path.join(ROOT, "fixtures/petstore/petstore.yaml");
    const whole = reference(await load(petstore));
    expect(whole).toMatch(/responses: \{\n/);
    expect(renderSchemaTypes(await load(petstore), undefined, 1)).toBe(whole);
  });

  test("a document where no operation has an operationId ends with operations = Record<string, never>", () => {
    const bare = { ...structuredClone(tricky), webhooks: undefined, paths: { "/a": { get: { responses: { "204": { description: "none" } } } } } };
    const expected = reference(structuredClone(bare) as unknown as OpenAPI3);
    expect(expected).toMatch(/export type operations = Record<string, never>;\n$/);
    expect(renderSchemaTypes(bare as unknown as OpenAPI3)).toBe(expected);
  });
});

describe("the schema-types worker", () => {
  const previewed = { ...tricky, components: { schemas: { Previewed: { type: "string" } } } };
  const built = { ...tricky, components: { schemas: { Built: { type: "integer" } } } } as unknown as OpenAPI3;
  const loaded = (entryAsParsed: boolean) => ({ entryAsParsed, document: built }) as Parameters<ReturnType<typeof startSchemaTypes>["render"]>[0];

  test("prints the entry it previewed when load/ kept it as parsed", async () => {
    const job = startSchemaTypes();
    job.preview(previewed);
    const text = (await job.render(loaded(true))).join("");
    expect(text).toContain("Previewed: string;");
    expect(text).not.toContain("Built");
  });

  test("prints the document load/ built when it is not the previewed entry", async () => {
    const job = startSchemaTypes();
    job.preview(previewed);
    const text = (await job.render(loaded(false))).join("");
    expect(text).toContain("Built: number;");
    expect(text).not.toContain("Previewed");
  });

  test("types are printed in the calling thread for a small or a large entry, in a worker between, and for a URL or stdin", () => {
    const sizes = [0, 256 * 1024, 256 * 1024 + 1, 8 * 2 ** 20 - 1, 8 * 2 ** 20, 13_000_000, undefined];
    expect(sizes.map(typesRunInline)).toEqual([true, true, false, false, true, true, false]);
  });

  test("inline, the job prints on the calling thread (the caller waits for it); else in a worker; both print the document given", async () => {
    const jobs = [startSchemaTypes({ inline: true }), startSchemaTypes()];
    expect(jobs.map((job) => job.sameThread)).toEqual([true, false]);
    for (const job of jobs) expect((await job.render(loaded(false))).join("")).toContain("Built: number;");
  });

  test("an entry JSON can not hold (a cycle, as YAML aliases can make) is not previewed", async () => {
    const cyclic: Record<string, unknown> = { ...previewed };
    cyclic.self = cyclic;
    const job = startSchemaTypes();
    job.preview(cyclic);
    expect((await job.render(loaded(true))).join("")).toContain("Built: number;");
  });
});

describe("repeated operationIds", () => {
  const op = (operationId: string, query?: string) => ({
    get: {
      operationId,
      ...(query ? { parameters: [{ name: query, in: "query", required: true, schema: { type: "string" } }] } : {}),
      responses: { "204": { description: "none" } },
    },
  });
  const document = {
    openapi: "3.1.0",
    info: { title: "ids", version: "1" },
    paths: { "/a": op("getThing"), "/b": op("getThing", "q"), "/c": op("getThing2"), "/d": op("getThing", "r") },
  } as unknown as OpenAPI3;

  test("each later repeat gets the next free numbered key, and each path its own operation", () => {
    const before = JSON.stringify(document);
    const text = renderSchemaTypes(document);
    expect(JSON.stringify(document)).toBe(before);
    const keys = [...text.matchAll(/^ {4}(\w+): \{$/gm)].map((m) => m[1]);
    expect(keys.filter((key) => key.startsWith("getThing"))).toEqual(["getThing", "getThing3", "getThing2", "getThing4"]);
    const refs = Object.fromEntries([...text.matchAll(/"(\/\w)": \{[^]*?get: operations\["(\w+)"\]/g)].map((m) => [m[1], m[2]]));
    expect(refs).toEqual({ "/a": "getThing", "/b": "getThing3", "/c": "getThing2", "/d": "getThing4" });
    const b = text.slice(text.indexOf("    getThing3: {"), text.indexOf("    getThing2: {"));
    expect(b).toContain("q: string;");
  });
});
