// @vitest-environment jsdom
// Real React components (react-dom in jsdom) using the generated options with useQuery,
// useInfiniteQuery and useMutation against the todos server on 127.0.0.1.
import { QueryClient, QueryClientProvider, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createElement as h, type ReactNode } from "react";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { loadTodos, sessionClient, type TodosModule } from "./harness.js";
import { startTodosServer, type TodosServer } from "./todos-server.js";

let todos: TodosModule;
let server: TodosServer;

beforeAll(async () => {
  [todos, server] = await Promise.all([loadTodos("client-queries-react"), startTodosServer()]);
});
afterAll(() => server?.close());
afterEach(() => {
  cleanup();
  server.requests.length = 0;
  server.refreshCalls = 0;
  server.refreshMode = "ok";
  server.valid.clear();
  server.reset();
  server.aborted = 0;
});

/** A fresh cache per screen; retries without delay, so a retry shows up at once if one happens. */
function renderScreen(children: ReactNode): QueryClient {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  render(h(QueryClientProvider, { client: queryClient }, children));
  return queryClient;
}

function TodoTitle({ api, id }: { api: object; id: number }) {
  const { data, error, failureCount } = useQuery(todos.getTodoQueryOptions(api, { path: { id } }));
  if (error) {
    const what = todos.isAuthError(error) ? `AuthError ${error.code}` : todos.isApiError(error) ? `ApiError ${error.status}` : "other";
    return h("p", { "data-testid": `todo-${id}` }, `error ${what} after ${failureCount}`);
  }
  return h("p", { "data-testid": `todo-${id}` }, data ? data.title : "loading");
}

const screenOfTen = (api: object) => Array.from({ length: 10 }, (_, i) => h(TodoTitle, { key: i, api, id: i + 1 }));
const shown = (id: number) => screen.getByTestId(`todo-${id}`).textContent;

describe("useQuery with queryOptions", () => {
  test("data arrives, typed by the operation, under a key without base URL or credentials", async () => {
    server.valid.add("stale");
    const api = sessionClient(todos, server);
    const queryClient = renderScreen(h(TodoTitle, { api, id: 3 }));
    await waitFor(() => expect(shown(3)).toBe("todo 3"));
    const [query] = queryClient.getQueryCache().findAll({ queryKey: todos.getTodoQueryKey() });
    expect(query?.queryKey).toEqual([...todos.documentQueryKey, "getTodo", { path: { id: 3 } }]);
    expect(JSON.stringify(query?.queryKey)).not.toMatch(/127\.0\.0\.1|stale|Bearer/);
  });

  test("an expired token is refreshed once for a screen of 10 queries (20 screens)", async () => {
    for (let round = 0; round < 20; round++) {
      server.refreshCalls = 0;
      server.requests.length = 0;
      server.valid.clear(); // every token the client holds is now expired
      const api = sessionClient(todos, server);
      renderScreen(screenOfTen(api));
      await waitFor(() => expect(Array.from({ length: 10 }, (_, i) => shown(i + 1))).toEqual(Array.from({ length: 10 }, (_, i) => `todo ${i + 1}`)));
      expect(server.refreshCalls).toBe(1);
      // Each query: one 401 with the stale token, one retry with the new one.
      expect(server.requests).toHaveLength(20);
      cleanup();
    }
  });

  test("a rejected refresh puts every query in error with AuthError, each fetched once, not retried", async () => {
    server.refreshMode = "reject";
    let failures = 0;
    const api = sessionClient(todos, server, { onAuthFailure: () => failures++ });
    const queryClient = renderScreen(screenOfTen(api));
    await waitFor(() => {
      for (let id = 1; id <= 10; id++) expect(shown(id)).toBe("error AuthError refresh_rejected after 1");
    });
    expect(server.refreshCalls).toBe(1);
    expect(server.requests).toHaveLength(10);
    expect(failures).toBe(1);
    const states = queryClient.getQueryCache().findAll({ queryKey: todos.documentQueryKey }).map((q) => q.state.fetchFailureCount);
    expect(states).toEqual(Array(10).fill(1));
  });

  test("TanStack's signal reaches the call: cancelling the query aborts its request", async () => {
    server.valid.add("stale");
    const api = sessionClient(todos, server);
    const queryClient = renderScreen(h(TodoTitle, { api, id: 77 }));
    await waitFor(() => expect(server.requests).toEqual(["GET /todos/77"]));
    expect(server.aborted).toBe(0);
    await queryClient.cancelQueries({ queryKey: todos.getTodoQueryKey({ path: { id: 77 } }) });
    await waitFor(() => expect(server.aborted).toBe(1));
  });

  test("a 5xx is retried as TanStack does; a 404 is not", async () => {
    server.valid.add("stale");
    server.failing = { id: 2, status: 503, failures: 2 };
    const api = sessionClient(todos, server);
    renderScreen([h(TodoTitle, { key: 2, api, id: 2 }), h(TodoTitle, { key: 99, api, id: 99 })]);
    await waitFor(() => expect(shown(2)).toBe("todo 2"));
    await waitFor(() => expect(shown(99)).toBe("error ApiError 404 after 1"));
    expect(server.requests.filter((r) => r === "GET /todos/2")).toHaveLength(3);
    expect(server.requests.filter((r) => r === "GET /todos/99")).toHaveLength(1);
  });

  test("forgetSession in onAuthFailure drops the session's queries once they have failed", async () => {
    server.valid.add("stale");
    let queryClient: QueryClient | undefined;
    // docs/react-query.md: createClient({ onAuthFailure: () => forgetSession(queryClient) })
    const api = sessionClient(todos, server, { onAuthFailure: () => queryClient && todos.forgetSession(queryClient) });
    queryClient = renderScreen(h(TodoTitle, { api, id: 1 }));
    queryClient.setQueryData(["another document"], "kept");
    await waitFor(() => expect(shown(1)).toBe("todo 1"));
    // An inactive query of the same session, holding data that must not outlive it.
    await queryClient.fetchQuery(todos.getTodoQueryOptions(api, { path: { id: 2 } }));
    server.valid.clear();
    server.refreshMode = "reject";
    await queryClient.invalidateQueries({ queryKey: todos.getTodoQueryKey({ path: { id: 1 } }) });
    // The inactive query (todo 2) is gone; what is still on screen keeps its error, or asks
    // again and fails at once with missing_credentials, sending nothing. No data is left.
    await waitFor(() => {
      const left = queryClient?.getQueryCache().findAll({ queryKey: todos.documentQueryKey }) ?? [];
      // Before, both held a todo (a query in error keeps its last data).
      expect(left.filter((query) => query.state.data !== undefined)).toEqual([]);
      expect(left.map((query) => query.queryKey)).not.toContainEqual(todos.getTodoQueryKey({ path: { id: 2 } }));
    });
    expect(shown(1)).toMatch(/^error AuthError (refresh_rejected|missing_credentials) after 1$/);
    expect(queryClient.getQueryData(["another document"])).toBe("kept");
    expect(server.refreshCalls).toBe(1);
    expect(server.requests).toEqual(["GET /todos/1", "GET /todos/2", "GET /todos/1"]);
  });
});

function TodoList({ api }: { api: object }) {
  const queryClient = useQueryClient();
  const list = useQuery(todos.listTodosQueryOptions(api, { query: { limit: 3 } }));
  const add = useMutation(
    todos.addTodoMutationOptions(api, {
      // Every listTodos query, whatever its arguments: the operation's key is their prefix.
      onSuccess: () => queryClient.invalidateQueries({ queryKey: todos.listTodosQueryKey() }),
    }),
  );
  return h(
    "div",
    null,
    h("button", { onClick: () => add.mutate({ body: { title: "buy milk" } }) }, "add"),
    h("ul", null, (list.data?.items ?? []).map((todo) => h("li", { key: todo.id }, todo.title))),
  );
}

describe("useMutation with mutationOptions", () => {
  test("a mutation invalidates by prefix and the list refetches", async () => {
    server.valid.add("stale");
    const api = sessionClient(todos, server);
    renderScreen(h(TodoList, { api }));
    await waitFor(() => expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toHaveLength(3));
    const before = screen.getAllByRole("listitem")[0]?.textContent;
    fireEvent.click(screen.getByText("add"));
    await waitFor(() => expect(screen.getAllByRole("listitem")[0]?.textContent).toBe("buy milk"));
    expect(before).not.toBe("buy milk");
    expect(server.requests.filter((r) => r.startsWith("GET /todos?"))).toEqual(["GET /todos?limit=3", "GET /todos?limit=3"]);
    expect(server.requests).toContain("POST /todos");
  });
});

type Infinite = ReturnType<TodosModule["listTodosInfiniteQueryOptions"]>;

function Pages({ options, items }: { options: Infinite; items: (page: unknown) => { id: number }[] }) {
  const query = useInfiniteQuery(options);
  // Each case knows its page's shape; the real types are checked by usage.ts.txt.
  const all = (query.data?.pages ?? []).flatMap(items);
  return h(
    "div",
    null,
    h("p", { "data-testid": "count" }, `${all.length} in ${query.data?.pages.length ?? 0}`),
    query.hasNextPage && !query.isFetchingNextPage ? h("button", { onClick: () => query.fetchNextPage() }, "more") : null,
    query.hasNextPage === false ? h("p", null, "the end") : null,
  );
}

describe("useInfiniteQuery with infiniteQueryOptions", () => {
  type Page = { items?: { id: number }[]; data?: { id: number }[] } & { id: number }[];
  const cases = [
    { kind: "cursor", options: () => todos.listTodosInfiniteQueryOptions, args: { query: { limit: 7 } }, items: (p: Page) => p.items, total: "30 in 5" },
    { kind: "offset", options: () => todos.listProjectsInfiniteQueryOptions, args: { query: { limit: 5 } }, items: (p: Page) => p, total: "23 in 5" },
    // 23 events, 10 a page: the third page is short, so it is the last.
    { kind: "page", options: () => todos.listEventsInfiniteQueryOptions, args: { query: { per_page: 10 } }, items: (p: Page) => p.data, total: "23 in 3" },
    { kind: "link", options: () => todos.listActivityInfiniteQueryOptions, args: { query: { per_page: 6 } }, items: (p: Page) => p.data, total: "23 in 4" },
  ];
  test.each(cases)("an infinite list pages to the end ($kind)", async ({ options, args, items, total }) => {
    server.valid.add("stale");
    const api = sessionClient(todos, server);
    renderScreen(h(Pages, { options: options()(api, args), items: items as (page: unknown) => { id: number }[] }));
    const count = () => screen.getByTestId("count").textContent;
    // Press "more" until the list says it has ended, waiting for each page to arrive.
    for (let pages = 1; ; pages++) {
      await waitFor(() => expect(count()).toMatch(new RegExp(` in ${pages}$`)));
      const next = await waitFor(() => screen.queryByText("more") ?? screen.getByText("the end"));
      if (next.textContent === "the end") break;
      fireEvent.click(next);
    }
    expect(count()).toBe(total);
    // Each page fetched once: the last page's "next" was worked out, not fetched.
    expect(server.requests).toHaveLength(Number(total.split(" in ")[1]));
  });
});
