// The generated todos client with --query tanstack, loaded as a module, and a client object
// for it whose session the test controls. The shapes below are what these tests use; the
// real types are checked by usage.ts.txt (typecheck.test.ts).
import type { DataTag, GetNextPageParamFunction, MutationFunction, QueryFunction, QueryKey } from "@tanstack/query-core";
import axios from "axios";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot, tmpDir } from "../../support/generate.js";
import type { TodosServer } from "./todos-server.js";

export type Todo = { id: number; title: string; done: boolean };
// Shaped as queries.ts's results: only what they hold, so every adapter accepts them.
type Retry = (failureCount: number, error: Error) => boolean;
type Options<D> = { queryKey: DataTag<QueryKey, D, Error>; queryFn: QueryFunction<D>; retry: Retry };
type Infinite<D> = {
  queryKey: QueryKey;
  queryFn: QueryFunction<D, QueryKey, unknown>;
  initialPageParam: unknown;
  getNextPageParam: GetNextPageParamFunction<unknown, D>;
  retry: Retry;
};
type Mutation<D, V> = { mutationKey: QueryKey; mutationFn: MutationFunction<D, V>; retry: Retry };

export interface TodosModule {
  createClient(options: object): object;
  memoryTokenStore(tokens: object): object;
  isAuthError(value: unknown): value is Error & { code: string };
  isApiError(value: unknown, operation?: string): value is Error & { status: number; data: unknown };
  documentQueryKey: QueryKey;
  queryRetry(failureCount: number, error: unknown): boolean;
  forgetSession(queryClient: object): void;
  getTodoQueryKey(args?: object): QueryKey;
  getTodoQueryOptions(client: object, args: object, overrides?: object): Options<Todo>;
  listTodosQueryKey(args?: object): QueryKey;
  listTodosQueryOptions(client: object, args?: object): Options<{ items: Todo[]; next_cursor: string | null }>;
  listTodosInfiniteQueryOptions(client: object, args?: object): Infinite<unknown>;
  listProjectsInfiniteQueryOptions(client: object, args?: object): Infinite<unknown>;
  listEventsInfiniteQueryOptions(client: object, args?: object): Infinite<unknown>;
  listActivityInfiniteQueryOptions(client: object, args?: object): Infinite<unknown>;
  addTodoMutationOptions(client: object, overrides?: object): Mutation<Todo, { body: { title: string } }>;
}

/**
 * Generates the client once per test file, into its own folder. Through the CLI in a child
 * process: in a jsdom test, `URL` is jsdom's, which node:url's fileURLToPath refuses.
 */
export async function loadTodos(name: string): Promise<TodosModule> {
  const output = tmpDir(name);
  const bin = join(repoRoot, "dist/generator/bin.js");
  await promisify(execFile)(process.execPath, [bin, "generate", "client", "-i", "fixtures/queries/todos.yaml", "-o", output, "--query", "tanstack", "-q"], { cwd: repoRoot });
  const index = (await import(join(output, "index.ts"))) as object;
  const queries = (await import(join(output, "queries.ts"))) as object;
  return { ...index, ...queries } as TodosModule;
}

/**
 * A client whose bearer token the server no longer accepts, and a custom refresh against
 * the server's /auth/refresh (whose 400 the runtime reads as a rejected refresh, §4.5).
 */
export function sessionClient(todos: TodosModule, server: TodosServer, options: { onAuthFailure?: () => void } = {}): object {
  // Node's http adapter: jsdom's XMLHttpRequest would add CORS to what these tests are about.
  const http = axios.create({ adapter: "http" });
  return todos.createClient({
    baseURL: server.baseURL,
    axios: http,
    auth: {
      bearerAuth: {
        tokens: todos.memoryTokenStore({ accessToken: "stale", refreshToken: "refresh-0" }),
        refresh: async () => {
          const { data } = await http.post<{ access_token: string; refresh_token: string }>(`${server.baseURL}/auth/refresh`);
          return { accessToken: data.access_token, refreshToken: data.refresh_token };
        },
      },
    },
    ...options,
  });
}
