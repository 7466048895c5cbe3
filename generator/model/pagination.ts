// How a read operation pages, for infinite queries. OpenAPI has no pagination object, so
// this reads conventions: a query parameter by name (cursor, offset or page) and, in the
// 2xx JSON body's schema (§4.8.24 Schema Object), where the next cursor or the page's items
// are; or a `Link` response header (§4.8.21), whose `rel="next"` URL (RFC 8288 §3) names
// the next page. The names are configurable (`pagination` in keyway.config).
import type { OperationObject, ResponseObject, SchemaObject } from "openapi-typescript";
import { escapeSegment } from "../load/pointer.js";
import { deref, type ModelContext } from "./ref.js";
import type { Operation, Paging } from "./types.js";

/** The names each convention is recognised by; a configured list replaces the default. */
export interface PaginationNames {
  /** Query parameters that take an opaque cursor. */
  cursor: string[];
  /** Body properties holding the next cursor; `meta.next_cursor` reaches one level down. */
  nextCursor: string[];
  offset: string[];
  /** Query parameters that bound a page's size: a shorter page is the last. */
  limit: string[];
  page: string[];
  /** Body properties holding a page's items, when the body is not the array itself. */
  items: string[];
}

export const DEFAULT_PAGINATION: PaginationNames = {
  cursor: ["cursor", "after", "page_token", "pageToken", "next_token", "nextToken", "continuation_token", "continuationToken"],
  nextCursor: ["next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken", "continuation_token", "continuationToken", "cursor"],
  offset: ["offset", "skip", "start"],
  limit: ["limit", "per_page", "perPage", "page_size", "pageSize", "size", "count", "take"],
  page: ["page", "page_number", "pageNumber"],
  items: ["items", "data", "results", "records", "entries", "content", "values"],
};

type Schema = SchemaObject & { properties?: Record<string, unknown>; items?: unknown };

/** The paging of `operation`, or undefined when it does not page (or is not a read). */
export function detectPaging(ctx: ModelContext, operation: Operation, names: PaginationNames): Paging | undefined {
  if (operation.method !== "get") return undefined;
  const query = operation.parameters.find((group) => group.location === "query")?.parameters.map((p) => p.name) ?? [];
  const pick = (candidates: string[]) => candidates.find((name) => query.includes(name));
  // A server that says where the next page is knows better than any guess from names.
  if (operation.responses.success.some((r) => r.headers.some((h) => h.key === "link")) && operation.withResponseName) {
    return { kind: "link", params: query };
  }
  const body = successSchema(ctx, operation);
  const cursor = pick(names.cursor);
  if (cursor && body) {
    const next = findPath(ctx, body, names.nextCursor, (schema) => schema.type !== "array" && schema.type !== "object");
    if (next) return { kind: "cursor", param: cursor, next };
  }
  const offset = pick(names.offset);
  const page = pick(names.page);
  if ((offset || page) && body) {
    const items = body.type === "array" ? [] : findPath(ctx, body, names.items, (schema) => schema.type === "array");
    if (!items) return undefined;
    const limit = pick(names.limit);
    if (offset) return { kind: "offset", param: offset, limit, items };
    if (page) return { kind: "page", param: page, first: firstPage(ctx, operation, page), limit, items };
  }
  return undefined;
}

function rawOperation(ctx: ModelContext, operation: Operation): OperationObject | undefined {
  const item = ctx.document.paths?.[operation.path] as Record<string, unknown> | undefined;
  return deref<Record<string, unknown>>(ctx, item, `#/paths/${escapeSegment(operation.path)}`)?.[operation.method] as OperationObject | undefined;
}

/** The JSON schema of the first success response that has one. */
function successSchema(ctx: ModelContext, operation: Operation): Schema | undefined {
  const raw = rawOperation(ctx, operation);
  for (const response of operation.responses.success) {
    const at = `#/paths/${escapeSegment(operation.path)}/${operation.method}/responses/${escapeSegment(response.status)}`;
    const object = deref<ResponseObject>(ctx, raw?.responses?.[response.status] as ResponseObject | undefined, at);
    const media = response.media.find((m) => m.kind === "json");
    const schema = media && deref<Schema>(ctx, object?.content?.[media.type]?.schema as Schema | undefined, `${at}/content`);
    if (schema) return schema;
  }
  return undefined;
}

/**
 * The first of `candidates` (a name, or `outer.name` one level down) that the schema
 * declares with a schema `accept`s; as a property path.
 */
function findPath(ctx: ModelContext, schema: Schema, candidates: string[], accept: (schema: Schema) => boolean): string[] | undefined {
  for (const candidate of candidates) {
    const path = candidate.split(".");
    let node: Schema | undefined = schema;
    for (const key of path) node = node && deref<Schema>(ctx, node.properties?.[key] as Schema | undefined, "#/components/schemas");
    if (node && accept(node)) return path;
  }
  // `{ meta: { next_cursor } }`, `{ pagination: { nextCursor } }`: one level down, any wrapper name.
  for (const [outer, value] of Object.entries(schema.properties ?? {})) {
    const inner = deref<Schema>(ctx, value as Schema, "#/components/schemas");
    if (!inner?.properties) continue;
    for (const candidate of candidates) {
      const node = deref<Schema>(ctx, inner.properties[candidate] as Schema | undefined, "#/components/schemas");
      if (node && accept(node)) return [outer, candidate];
    }
  }
  return undefined;
}

/** §4.8.12: the page parameter's schema `minimum` or `default` says where pages start. */
function firstPage(ctx: ModelContext, operation: Operation, param: string): number {
  const raw = rawOperation(ctx, operation);
  for (const value of raw?.parameters ?? []) {
    const parameter = deref<{ name?: string; in?: string; schema?: Schema }>(ctx, value as { name?: string }, "#/components/parameters");
    if (parameter?.name !== param || parameter.in !== "query") continue;
    const schema = deref<{ minimum?: unknown; default?: unknown }>(ctx, parameter.schema, "#/components/schemas");
    const first = schema?.minimum ?? schema?.default;
    if (typeof first === "number" && Number.isInteger(first)) return first;
  }
  return 1;
}
