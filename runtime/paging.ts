// The next page of an operation that pages, as the generator detected it (see
// generator/model/pagination.ts). A page param of `null` is the first page: the caller's own
// arguments, unchanged.
import type { PagingDescriptor as Paging } from "./descriptors.js";

type Args = Record<string, unknown> | undefined;
type Query = Record<string, unknown>;

function at(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

const queryOf = (args: Args): Query => (args?.query ?? {}) as Query;

/** The arguments of the page `pageParam` names. */
export function pageArgs(paging: Paging, args: Args, pageParam: unknown): Args {
  if (pageParam === null || pageParam === undefined) return args;
  const query = paging.kind === "link" ? { ...queryOf(args), ...(pageParam as Query) } : { ...queryOf(args), [paging.param]: pageParam };
  return { ...args, query };
}

/** The page param after `last`, or undefined when `last` was the last page. */
export function nextPageParam(paging: Paging, args: Args, last: unknown, lastParam: unknown): unknown {
  switch (paging.kind) {
    case "cursor": {
      const next = at(last, paging.next);
      // An empty cursor, or the one just used, would fetch the same page forever.
      return next === null || next === undefined || next === "" || next === lastParam ? undefined : next;
    }
    case "offset":
    case "page": {
      const items = at(last, paging.items);
      if (!Array.isArray(items) || items.length === 0) return undefined;
      const limit = paging.limit === undefined ? undefined : Number(queryOf(args)[paging.limit]);
      if (limit !== undefined && Number.isFinite(limit) && items.length < limit) return undefined;
      const current = lastParam ?? queryOf(args)[paging.param];
      if (paging.kind === "offset") return Number(current ?? 0) + items.length;
      return Number(current ?? paging.first) + 1;
    }
    case "link":
      return nextLinkQuery(paging.params, (last as { headers?: Record<string, string> }).headers?.link, args, lastParam);
  }
}

/**
 * RFC 8288 §3: `Link: <https://api.example.com/items?page=3>; rel="next", <…>; rel="last"`.
 * The next URL's query, kept to the parameters the operation declares (the runtime sends
 * only those); undefined when there is no next link or it would not move.
 */
function nextLinkQuery(params: readonly string[], header: string | undefined, args: Args, lastParam: unknown): Query | undefined {
  const target = header && nextTarget(header);
  if (!target) return undefined;
  let url: URL;
  try {
    url = new URL(target, "http://relative.invalid");
  } catch {
    return undefined;
  }
  const next: Query = {};
  url.searchParams.forEach((value, name) => {
    if (params.includes(name)) next[name] = value;
  });
  const current = { ...queryOf(args), ...(lastParam as Query | null) };
  const moves = Object.entries(next).some(([name, value]) => String(current[name]) !== value);
  return moves ? next : undefined;
}

function nextTarget(header: string): string | undefined {
  // Each link-value is `<target>` then `;`-separated params; rel may list several types.
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2] ?? "");
    const types = (rel?.[1] ?? rel?.[2] ?? "").toLowerCase().split(/\s+/);
    if (types.includes("next")) return match[1];
  }
  return undefined;
}
