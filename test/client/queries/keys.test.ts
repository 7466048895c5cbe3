// Query keys and paging, as the runtime builds them for queries.ts (runtime/query-options.ts,
// runtime/paging.ts), matched by TanStack's own partialMatchKey: the prefixes users
// invalidate with select what they should, and nothing else.
import { partialMatchKey } from "@tanstack/query-core";
import { describe, expect, test } from "vitest";
import { ApiError } from "../../../runtime/errors.js";
import { AuthError } from "../../../runtime/auth/errors.js";
import type { PagingDescriptor as Paging } from "../../../runtime/descriptors.js";
import { nextPageParam, pageArgs } from "../../../runtime/paging.js";
import { queryKey, queryRetry } from "../../../runtime/query-options.js";
import { generate } from "../../support/generate.js";

const key = (operation: string, args?: object) => queryKey("Todos#eda2e558", operation, args, []);

describe("query keys", () => {
  const pet = key("getTodo", { path: { id: 1 }, query: { expand: "owner" } });
  const cases = [
    { filter: ["Todos#eda2e558"], matches: true, what: "everything of the document" },
    { filter: key("getTodo"), matches: true, what: "one operation" },
    { filter: key("getTodo", { path: { id: 1 } }), matches: true, what: "one operation with some arguments" },
    { filter: key("getTodo", { path: { id: 2 } }), matches: false, what: "other arguments" },
    { filter: key("listTodos"), matches: false, what: "another operation" },
    { filter: ["Petstore#0a1b2c3d"], matches: false, what: "another document" },
  ];
  test.each(cases)("the filter for $what matches: $matches", ({ filter, matches }) => {
    expect(partialMatchKey(pet, filter)).toBe(matches);
  });

  test("f() and f({}) share one key; undefined parts are left out", () => {
    expect(key("listTodos", {})).toEqual(key("listTodos"));
    expect(key("listTodos", { query: undefined })).toEqual(["Todos#eda2e558", "listTodos"]);
  });

  test("credential parameters never reach a key", () => {
    const secrets = [{ in: "header", name: "Authorization" }, { in: "query", name: "api_key" }];
    const args = { header: { authorization: "Bearer eyJ.secret", "X-Trace": "t1" }, query: { api_key: "k-123", page: 2 } };
    const made = queryKey("Todos#eda2e558", "listTodos", args, secrets);
    expect(made).toEqual(["Todos#eda2e558", "listTodos", { header: { "X-Trace": "t1" }, query: { page: 2 } }]);
    expect(JSON.stringify(made)).not.toMatch(/secret|k-123/);
  });

  test("two documents' keys never collide: the scope names the document and its digest", async () => {
    const [todos, petstore] = await Promise.all([
      generate("client-queries-keys-todos", "fixtures/queries/todos.yaml", { query: "tanstack" }),
      generate("client-queries-keys-petstore", "fixtures/petstore/petstore.yaml", { query: "tanstack" }),
    ]);
    const scopeOf = async (output: string) => ((await import(`${output}/queries.ts`)) as { documentQueryKey: string[] }).documentQueryKey;
    const [a, b] = await Promise.all([scopeOf(todos.output), scopeOf(petstore.output)]);
    expect(a).toEqual([expect.stringMatching(/^Todos#[0-9a-f]{8}$/)]);
    expect(b).toEqual([expect.stringMatching(/^Petstore#[0-9a-f]{8}$/)]);
    expect(partialMatchKey(["Petstore#x", "listPets"], a)).toBe(false);
  });
});

describe("queryRetry: the session's failures and 4xx are final", () => {
  const apiError = (status: number) =>
    new ApiError({ status, data: null, headers: {}, operationId: "getTodo", method: "get", path: "/todos/{id}" });
  test.each([
    { error: new AuthError("refresh_rejected", "refused"), retried: false },
    { error: apiError(401), retried: false },
    { error: apiError(404), retried: false },
    { error: apiError(429), retried: false },
    { error: apiError(503), retried: true },
    { error: new TypeError("network"), retried: true },
  ])("$error.message: retried $retried", ({ error, retried }) => {
    expect(queryRetry(0, error)).toBe(retried);
    expect(queryRetry(3, error)).toBe(false); // TanStack's three retries, no more
  });
});

describe("paging", () => {
  const link: Paging = { kind: "link", params: ["page", "per_page"] };
  const withLink = (value: string) => ({ status: 200, data: [], headers: { link: value } });

  test.each([
    ['<https://api.example.com/a?page=3&per_page=5>; rel="next", <https://api.example.com/a?page=9>; rel="last"', { page: "3", per_page: "5" }],
    ['<https://api.example.com/a?page=9>; rel="last", </a?page=3&since=x>; REL=next', { page: "3" }],
    ['<https://api.example.com/a?page=3>; rel="prev next"', { page: "3" }],
    ['<https://api.example.com/a?page=1>; rel="prev"', undefined],
    ["", undefined],
  ])("Link %s -> %j", (header, next) => {
    expect(nextPageParam(link, { query: { per_page: 5 } }, withLink(header), null)).toEqual(next);
  });

  test("a next link that would not move ends the list instead of fetching it forever", () => {
    expect(nextPageParam(link, { query: { page: 3 } }, withLink('</a?page=3>; rel="next"'), null)).toBeUndefined();
    expect(nextPageParam(link, undefined, withLink('</a?page=3>; rel="next"'), { page: "3" })).toBeUndefined();
  });

  test("cursor, offset and page advance and end", () => {
    const cursor: Paging = { kind: "cursor", param: "cursor", next: ["meta", "next"] };
    expect(nextPageParam(cursor, undefined, { meta: { next: "c2" } }, null)).toBe("c2");
    expect(nextPageParam(cursor, undefined, { meta: { next: null } }, "c2")).toBeUndefined();
    expect(nextPageParam(cursor, undefined, { meta: { next: "c2" } }, "c2")).toBeUndefined();
    const offset: Paging = { kind: "offset", param: "offset", limit: "limit", items: [] };
    expect(nextPageParam(offset, { query: { offset: 10, limit: 5 } }, [1, 2, 3, 4, 5], null)).toBe(15);
    expect(nextPageParam(offset, { query: { limit: 5 } }, [1, 2], 15)).toBeUndefined();
    const page: Paging = { kind: "page", param: "page", first: 1, items: ["data"] };
    expect(nextPageParam(page, undefined, { data: [1] }, null)).toBe(2);
    expect(nextPageParam(page, undefined, { data: [] }, 2)).toBeUndefined();
    expect(pageArgs(page, { path: { id: 1 }, query: { q: "x" } }, 2)).toEqual({ path: { id: 1 }, query: { q: "x", page: 2 } });
    expect(pageArgs(page, { query: { q: "x" } }, null)).toEqual({ query: { q: "x" } });
  });
});
