// Which reads page, and how (generator/model/pagination.ts): a given/want table over small
// documents, plus configured names replacing the defaults.
import { describe, expect, test } from "vitest";
import { buildModel } from "../../../generator/model/index.js";
import type { Paging } from "../../../generator/model/types.js";
import { documentWith, type TestCase } from "./build.js";

const q = (name: string, type = "integer") => ({ name, in: "query", schema: { type } });
const json = (schema: object, headers?: object) => ({
  "200": { description: "ok", ...(headers ? { headers } : {}), content: { "application/json": { schema } } },
});
const items = { type: "array", items: { type: "object" } };

function pagingOf(operation: object, options: { pagination?: Record<string, string[]>; method?: string } = {}) {
  const document = documentWith({
    paths: { "/things": { [options.method ?? "get"]: { operationId: "listThings", ...operation } } },
  } as never);
  const { model } = buildModel(document, { query: { kind: "tanstack", pagination: options.pagination }, sha256: "ab".repeat(32) });
  return model.queries?.operations[0]?.paging;
}

describe("paging detected in the model", () => {
  const cases: TestCase<object, Paging | undefined>[] = [
    {
      name: "cursor parameter and a next cursor in the body",
      given: { parameters: [q("cursor", "string")], responses: json({ type: "object", properties: { items, next_cursor: { type: "string" } } }) },
      want: { kind: "cursor", param: "cursor", next: ["next_cursor"] },
    },
    {
      name: "cursor one level down, under any wrapper",
      given: { parameters: [q("after", "string")], responses: json({ type: "object", properties: { data: items, meta: { type: "object", properties: { nextCursor: { type: "string" } } } } }) },
      want: { kind: "cursor", param: "after", next: ["meta", "nextCursor"] },
    },
    {
      name: "a cursor parameter without a next cursor does not page",
      given: { parameters: [q("cursor", "string")], responses: json({ type: "object", properties: { items } }) },
      want: undefined,
    },
    {
      name: "offset and limit over an array body",
      given: { parameters: [q("offset"), q("limit")], responses: json(items) },
      want: { kind: "offset", param: "offset", limit: "limit", items: [] },
    },
    {
      name: "page from the schema's minimum, items in `results`",
      given: { parameters: [{ ...q("page"), schema: { type: "integer", minimum: 0 } }], responses: json({ type: "object", properties: { results: items } }) },
      want: { kind: "page", param: "page", first: 0, limit: undefined, items: ["results"] },
    },
    {
      name: "page without any array in the body does not page",
      given: { parameters: [q("page")], responses: json({ type: "object", properties: { total: { type: "integer" } } }) },
      want: undefined,
    },
    {
      name: "a Link response header wins over the names (RFC 8288)",
      given: { parameters: [q("page"), q("per_page")], responses: json(items, { Link: { schema: { type: "string" } } }) },
      want: { kind: "link", params: ["page", "per_page"] },
    },
    {
      name: "no paging parameter",
      given: { parameters: [q("status", "string")], responses: json(items) },
      want: undefined,
    },
  ];
  test.each(cases)("$name", ({ given, want }) => {
    expect(pagingOf(given)).toEqual(want);
  });

  test("writes never page", () => {
    expect(pagingOf({ parameters: [q("offset")], responses: json(items) }, { method: "post" })).toBeUndefined();
  });

  test("configured names replace the defaults, one list at a time", () => {
    const given = { parameters: [q("from", "string")], responses: json({ type: "object", properties: { items, continueWith: { type: "string" } } }) };
    expect(pagingOf(given)).toBeUndefined();
    expect(pagingOf(given, { pagination: { cursor: ["from"], nextCursor: ["continueWith"] } })).toEqual({ kind: "cursor", param: "from", next: ["continueWith"] });
    // `offset` replaced: the default name no longer counts.
    expect(pagingOf({ parameters: [q("offset")], responses: json(items) }, { pagination: { offset: ["skip"] } })).toBeUndefined();
  });
});

describe("query names", () => {
  test("an operation whose helpers' names are taken moves them all to one new stem, with a warning", () => {
    const get = (operationId: string) => ({ get: { operationId, responses: { "200": { description: "ok" } } } });
    const { model, warnings } = buildModel(
      documentWith({ paths: { "/a": get("getPet"), "/b": get("getPetInfinite"), "/c": get("document") } } as never),
      { query: { kind: "tanstack" }, sha256: "0".repeat(64) },
    );
    const names = model.queries?.operations.map((op) => [op.keyName, op.optionsName]);
    expect(names).toEqual([
      ["getPetQueryKey", "getPetQueryOptions"],
      // getPet holds getPetInfiniteQueryOptions (whether it pages or not).
      ["getPetInfinite2QueryKey", "getPetInfinite2QueryOptions"],
      // `documentQueryKey` is queries.ts's own export.
      ["document2QueryKey", "document2QueryOptions"],
    ]);
    expect(warnings.map((w) => w.message)).toContain("the queries.ts names of 'document' are taken; its helpers start with 'document2'");
    expect(model.queries?.scope).toBe("t#00000000");
  });

  test("credential parameters are listed so keys leave them out", () => {
    const { model } = buildModel(
      documentWith({
        components: { securitySchemes: { key: { type: "apiKey", in: "query", name: "api_key" } } },
        paths: {
          "/x": {
            get: {
              parameters: [q("api_key", "string"), q("page"), { name: "Authorization", in: "header", schema: { type: "string" } }],
              responses: {},
            },
          },
        },
      } as never),
      { query: { kind: "tanstack" }, sha256: "0".repeat(64) },
    );
    expect(model.queries?.operations[0]?.secretParams).toEqual([
      { in: "query", name: "api_key" },
      { in: "header", name: "Authorization" },
    ]);
  });
});
