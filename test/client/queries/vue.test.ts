// @vitest-environment jsdom
// The same queries.ts in Vue (@tanstack/vue-query): one output serves every adapter, since it
// imports only types from @tanstack/query-core.
import { QueryClient, VueQueryPlugin, useMutation, useQuery, useQueryClient } from "@tanstack/vue-query";
import { waitFor } from "@testing-library/dom";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createApp, defineComponent, h } from "vue";
import { loadTodos, sessionClient, type TodosModule } from "./harness.js";
import { startTodosServer, type TodosServer } from "./todos-server.js";

let todos: TodosModule;
let server: TodosServer;

beforeAll(async () => {
  [todos, server] = await Promise.all([loadTodos("client-queries-vue"), startTodosServer()]);
});
afterAll(() => server?.close());

test("Vue: a query shows its data and a mutation's invalidation refetches it", async () => {
  server.valid.clear(); // expired: the screen's first requests share one refresh
  const api = sessionClient(todos, server);
  const Screen = defineComponent(() => {
    const queryClient = useQueryClient();
    const todo = useQuery(todos.getTodoQueryOptions(api, { path: { id: 4 } }));
    const list = useQuery(todos.listTodosQueryOptions(api, { query: { limit: 2 } }));
    const add = useMutation(
      todos.addTodoMutationOptions(api, { onSuccess: () => queryClient.invalidateQueries({ queryKey: todos.listTodosQueryKey() }) }),
    );
    return () =>
      h("div", [
        h("p", { id: "todo" }, todo.data.value?.title ?? "loading"),
        h("p", { id: "first" }, list.data.value?.items[0]?.title ?? "loading"),
        h("button", { onClick: () => add.mutate({ body: { title: "from vue" } }) }, "add"),
      ]);
  });
  const root = document.createElement("div");
  document.body.append(root);
  const app = createApp(Screen);
  app.use(VueQueryPlugin, { queryClient: new QueryClient() });
  app.mount(root);
  const text = (id: string) => root.querySelector(`#${id}`)?.textContent;
  await waitFor(() => expect([text("todo"), text("first")]).toEqual(["todo 4", "todo 30"]));
  expect(server.refreshCalls).toBe(1);
  root.querySelector("button")?.click();
  await waitFor(() => expect(text("first")).toBe("from vue"));
  app.unmount();
});
