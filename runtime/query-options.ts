// What the generated queries.ts builds its TanStack Query options from. Nothing here imports
// @tanstack/query-core: the runtime stays axios-only, and queries.ts (the one file that
// imports that package's types) lays the library's types over these plain objects.
import { ApiError } from "./errors.js";
import { AuthError } from "./auth/errors.js";
import type { PagingDescriptor as Paging } from "./descriptors.js";
import { nextPageParam, pageArgs } from "./paging.js";

type Args = Record<string, unknown> | undefined;

/** `{ in, name }` of the parameters whose values may be credentials (never put in a key). */
export type SecretParams = readonly { in: string; name: string }[];

/**
 * TanStack retries a failed query three times by default. A rejected session (AuthError)
 * and a 4xx ApiError would fail the same way each time, and a 401 retried three times is
 * three more waits on a refresh that was refused, so only 5xx and network errors retry.
 */
export function queryRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof AuthError) return false;
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 3;
}

/**
 * `[scope, operation, args]`: TanStack matches filters by prefix, and objects in a key by
 * their given properties, so `[scope]`, `[scope, operation]` and `[scope, operation,
 * { path: { id } }]` each select every query beneath them. No base URL (the same key on the
 * server and in the browser) and no credential parameter (keys are shown and persisted).
 */
export function queryKey(scope: string, operation: string, args: object | undefined, secrets: SecretParams): readonly unknown[] {
  const kept = withoutSecrets(args as Args, secrets);
  return kept === undefined ? [scope, operation] : [scope, operation, kept];
}

function withoutSecrets(args: Args, secrets: SecretParams): Args {
  if (args === undefined || args === null) return undefined;
  const copy: Record<string, unknown> = {};
  for (const [location, value] of Object.entries(args)) {
    if (value === undefined) continue;
    const hidden = secrets.filter((secret) => secret.in === location).map((secret) => secret.name.toLowerCase());
    if (hidden.length > 0 && typeof value === "object" && value !== null) {
      copy[location] = Object.fromEntries(Object.entries(value).filter(([name]) => !hidden.includes(name.toLowerCase())));
    } else {
      copy[location] = value;
    }
  }
  // `f()` and `f({})` fetch the same thing: one key, not two cache entries.
  return Object.keys(copy).length === 0 ? undefined : copy;
}

/** Options of `useQuery` and friends: the caller's overrides win over the auth-aware retry. */
export function queryOptions<T>(key: readonly unknown[], call: (signal: AbortSignal) => Promise<T>, overrides: object | undefined) {
  return {
    retry: queryRetry,
    ...overrides,
    queryKey: key,
    // TanStack aborts the signal when the query is cancelled or its last observer leaves.
    queryFn: ({ signal }: { signal: AbortSignal }) => call(signal),
  };
}

/** Options of `useInfiniteQuery`: pages as `paging` says (runtime/paging.ts). */
export function infiniteQueryOptions<A, T>(
  key: readonly unknown[],
  args: A,
  paging: Paging,
  call: (args: A, signal: AbortSignal) => Promise<T>,
  overrides: object | undefined,
) {
  const own = args as Args;
  return {
    retry: queryRetry,
    ...overrides,
    // The pages of an infinite query are not the data of a plain query: a key of their own,
    // still beneath `[scope, operation, args]` for invalidation.
    queryKey: [...key.slice(0, 2), key[2] ?? {}, "infinite"],
    initialPageParam: null,
    // A page's arguments are the caller's with the page param laid over its query.
    queryFn: ({ signal, pageParam }: { signal: AbortSignal; pageParam: unknown }) => call(pageArgs(paging, own, pageParam) as A, signal),
    getNextPageParam: (last: unknown, _all: unknown, lastParam: unknown) => nextPageParam(paging, own, last, lastParam),
  };
}

/**
 * Options of `useMutation`, with a key `[scope, operation]` for `useIsMutating` and defaults.
 * Not retried, as TanStack does not retry mutations: a write may not be safe to repeat.
 */
export function mutationOptions<V, T>(key: readonly unknown[], call: (args: V) => Promise<T>, overrides: object | undefined) {
  return { retry: noRetry, ...overrides, mutationKey: key, mutationFn: call };
}

function noRetry(): boolean {
  return false;
}

/**
 * The session ended (`onAuthFailure`, or after `signOut`): drop every query of the document
 * so no data of that session outlives it. One task later: onAuthFailure runs as the failed
 * refresh's waiters reject, before TanStack has put their queries in the error state, and a
 * query removed mid-fetch leaves its observers waiting on it.
 */
export function forgetSession(queryClient: { removeQueries(filters: { queryKey: readonly unknown[] }): void }, scope: readonly unknown[]): void {
  setTimeout(() => queryClient.removeQueries({ queryKey: scope }), 0);
}
