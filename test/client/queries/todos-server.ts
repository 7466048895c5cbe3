// The todos document (fixtures/queries/todos.yaml) served for real on 127.0.0.1: bearer
// tokens the test can expire, a refresh endpoint that can refuse, and the four paging
// conventions. Counts every request so tests can say "once" and "no retry".
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TodosServer {
  baseURL: string;
  /** Resource requests, `METHOD /path?query`, in arrival order. */
  requests: string[];
  refreshCalls: number;
  /** Access tokens the server accepts; the test replaces them to expire a session. */
  valid: Set<string>;
  refreshMode: "ok" | "reject";
  /** Answers to `GET /todos/{id}` with this status, then decrements `failures`. */
  failing: { id: number; status: number; failures: number } | undefined;
  /** `GET /todos/77` never answers; these count the ones the client gave up (aborted). */
  aborted: number;
  /** Back to the 30 todos the server starts with. */
  reset(): void;
  close(): Promise<void>;
}

type Todo = { id: number; title: string; done: boolean };

export async function startTodosServer(): Promise<TodosServer> {
  let nextId = 31;
  let issued = 0;
  // Newest first, as listTodos promises.
  const initial = (): Todo[] => Array.from({ length: 30 }, (_, i) => ({ id: 30 - i, title: `todo ${30 - i}`, done: false }));
  let todos = initial();
  const state: Omit<TodosServer, "baseURL" | "close"> = {
    reset: () => {
      todos = initial();
      nextId = 31;
    },
    requests: [],
    refreshCalls: 0,
    valid: new Set(),
    refreshMode: "ok",
    failing: undefined,
    aborted: 0,
  };
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname === "/auth/refresh") return refresh(res);
      state.requests.push(`${req.method} ${url.pathname}${url.search}`);
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      if (!token || !state.valid.has(token)) return send(res, 401, { message: "expired" }, { "www-authenticate": 'Bearer error="invalid_token"' });
      route(req, url, body, res);
    });
  });

  function refresh(res: ServerResponse): void {
    state.refreshCalls++;
    if (state.refreshMode === "reject") return send(res, 400, { error: "invalid_grant" });
    const accessToken = `access-${++issued}`;
    state.valid.add(accessToken);
    send(res, 200, { access_token: accessToken, refresh_token: `refresh-${issued}` });
  }

  function route(req: IncomingMessage, url: URL, body: string, res: ServerResponse): void {
    const query = url.searchParams;
    const int = (name: string, fallback: number) => (query.has(name) ? Number(query.get(name)) : fallback);
    const one = /^\/todos\/(\d+)$/.exec(url.pathname);
    if (req.method === "GET" && url.pathname === "/todos") {
      const start = query.has("cursor") ? todos.findIndex((t) => t.id === Number(query.get("cursor"))) : 0;
      const items = todos.slice(start, start + int("limit", 10));
      const next = todos[start + items.length];
      return send(res, 200, { items, next_cursor: next ? String(next.id) : null });
    }
    if (req.method === "POST" && url.pathname === "/todos") {
      const { title } = JSON.parse(body) as { title?: string };
      if (!title) return send(res, 422, { message: "invalid", fields: { title: "required" } });
      const todo = { id: nextId++, title, done: false };
      todos.unshift(todo);
      return send(res, 201, todo);
    }
    if (req.method === "GET" && one) {
      const id = Number(one[1]);
      if (id === 77) {
        res.on("close", () => state.aborted++);
        return;
      }
      if (state.failing?.id === id && state.failing.failures > 0) {
        state.failing.failures--;
        return send(res, state.failing.status, { retryAfter: 0 });
      }
      const todo = todos.find((t) => t.id === id);
      return todo ? send(res, 200, todo) : send(res, 404, { message: `no todo ${id}` });
    }
    const list = Array.from({ length: 23 }, (_, i) => ({ id: i + 1, kind: `k${i + 1}` }));
    if (url.pathname === "/projects") {
      const offset = int("offset", 0);
      return send(res, 200, list.slice(offset, offset + int("limit", 10)).map(({ id }) => ({ id, name: `p${id}` })));
    }
    if (url.pathname === "/events") {
      const size = int("per_page", 10);
      const page = int("page", 1);
      return send(res, 200, { data: list.slice((page - 1) * size, page * size) });
    }
    if (url.pathname === "/activity") {
      const size = int("per_page", 10);
      const page = int("page", 1);
      const last = Math.ceil(list.length / size);
      // RFC 8288: the next page's absolute URL, and a `last` relation to ignore.
      const link = page < last ? `<http://127.0.0.1/activity?page=${page + 1}&per_page=${size}>; rel="next", <http://127.0.0.1/activity?page=${last}&per_page=${size}>; rel="last"` : undefined;
      return send(res, 200, list.slice((page - 1) * size, page * size), link ? { link } : {});
    }
    send(res, 404, { message: "not found" });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    baseURL: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
