// What `--query tanstack` prints (queries.ts): per operation, a key and query options for
// reads, infinite query options for reads that page, mutation options for writes.
// RFC 9110 §9.2.1: GET and HEAD are safe, so they are read (and cached); anything else
// changes state on the server and is a mutation.
import type { OpenAPI3 } from "openapi-typescript";
import { joinPointer } from "../load/pointer.js";
import { NameRegistry } from "./names.js";
import { detectPaging, type PaginationNames } from "./pagination.js";
import type { ModelContext } from "./ref.js";
import type { Operation, ParameterLocation, QueryModel, QueryOperation, SecurityScheme } from "./types.js";

export interface QueryModelOptions {
  pagination: PaginationNames;
  /** The document's sha256 (hex), which tells two documents with one title apart. */
  sha256: string;
}

/** The exported names of queries.ts that are not made from an operation. */
const OWN_NAMES = ["documentQueryKey", "forgetSession", "queryRetry"];

// The same names runtime/redact.ts never shows: a key is shown (devtools) and may be
// persisted, so it must not hold them either.
const SECRET_HEADERS = ["authorization", "proxy-authorization", "cookie"];

export function buildQueries(
  ctx: ModelContext,
  input: { operations: Operation[]; schemes: SecurityScheme[] },
  options: QueryModelOptions,
): QueryModel {
  const names = new NameRegistry(OWN_NAMES);
  const secrets = secretNames(input.schemes);
  const operations = input.operations.map((operation): QueryOperation => {
    const read = operation.method === "get" || operation.method === "head";
    const paging = read ? detectPaging(ctx, operation, options.pagination) : undefined;
    const stem = claimStem(names, operation.name, read ? ["QueryKey", "QueryOptions", "InfiniteQueryOptions"] : ["MutationKey", "MutationOptions"]);
    if (stem !== operation.name) {
      const at = joinPointer(["paths", operation.path, operation.method]);
      ctx.warn(at, `the queries.ts names of '${operation.name}' are taken; its helpers start with '${stem}'`);
    }
    return {
      name: operation.name,
      typeName: operation.typeName,
      argsRequired: operation.argsRequired,
      read,
      keyName: read ? `${stem}QueryKey` : `${stem}MutationKey`,
      optionsName: read ? `${stem}QueryOptions` : `${stem}MutationOptions`,
      infiniteName: paging ? `${stem}InfiniteQueryOptions` : undefined,
      paging,
      pageParam: { query: paging?.kind === "link", cursor: paging?.kind === "cursor" },
      withResponseName: paging?.kind === "link" ? operation.withResponseName : undefined,
      secretParams: operation.parameters.flatMap((group) =>
        group.parameters.filter((p) => secrets[p.in].has(p.name.toLowerCase())).map((p) => ({ in: p.in, name: p.name })),
      ),
    };
  });
  return { scope: scopeOf(ctx.document, options.sha256), operations };
}

/**
 * The first of `name`, `name2`, … for which every derived name is free: operations
 * `getPet` and `getPetInfinite` both make `getPetInfiniteQueryOptions`, and one
 * operation's helpers must keep one stem.
 */
function claimStem(names: NameRegistry, name: string, suffixes: string[]): string {
  for (let n = 1; ; n++) {
    const stem = n === 1 ? name : `${name}${n}`;
    if (suffixes.every((suffix) => names.isFree(`${stem}${suffix}`))) {
      for (const suffix of suffixes) names.claim(`${stem}${suffix}`);
      return stem;
    }
  }
}

/** §4.8.27: an apiKey scheme names the header, query or cookie parameter that carries it. */
function secretNames(schemes: SecurityScheme[]): Record<ParameterLocation, Set<string>> {
  const secrets: Record<ParameterLocation, Set<string>> = {
    header: new Set(SECRET_HEADERS),
    query: new Set(),
    cookie: new Set(),
    path: new Set(),
  };
  for (const scheme of schemes) if (scheme.type === "apiKey") secrets[scheme.in].add(scheme.paramName.toLowerCase());
  return secrets;
}

/** `Swagger Petstore#1a2b3c4d`: readable in devtools, distinct for two documents. */
function scopeOf(document: OpenAPI3, sha256: string): string {
  const title = typeof document.info?.title === "string" && document.info.title.trim() ? document.info.title.trim() : "API";
  return `${title}#${sha256.slice(0, 8)}`;
}
