// Real HTTP servers for the auth runtime tests, on 127.0.0.1 with port 0: one process-local
// server plays resource server (validating real HS256 JWTs with real expiry), OAuth2 token
// endpoint (refresh_token + client_credentials grants, rotating one-time refresh tokens,
// confidential client authentication), OIDC discovery and a cookie-mode refresh endpoint.
// Failure modes are switched per test: 400 invalid_grant, 500, hang, echoing secrets.
import { createHmac, randomBytes } from "node:crypto";
import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A gate a handler awaits before answering: `set` receives it now and `undefined` once the
 * returned release is called, so a test holds a response until it has seen what it waits for.
 */
export function holdGate(set: (gate: Promise<void> | undefined) => void): () => void {
  let release = () => {};
  set(
    new Promise<void>((resolve) => {
      release = () => {
        set(undefined);
        resolve();
      };
    }),
  );
  return release;
}

export const CLIENT_ID = "keyway-app";
export const CLIENT_SECRET = "s3cret-client-secret-value";
export const API_KEY = "key-0123456789abcdef";
export const BASIC_USER = "ålice";
export const BASIC_PASSWORD = "pa:ss wörd";

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
}

export type TokenMode = "ok" | "invalid_grant" | "unauthorized" | "error500" | "hang" | "echo_secret_400" | "not_json" | "crlf_token";

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

export interface AuthServer {
  origin: string;
  port: number;
  /** Every request except token-endpoint ones, in arrival order. */
  requests: Recorded[];
  tokenRequests: Recorded[];
  discoveryRequests: number;
  tokenMode: TokenMode;
  /** Access token lifetime for tokens the endpoint issues, seconds (negative: already expired). */
  accessTtl: number;
  /** While set, token responses wait for it (to make concurrency and sign-out races exact). */
  gate: Promise<void> | undefined;
  /** While set, answers on /held/* wait for it (a request in flight while tokens change). */
  resourceGate: Promise<void> | undefined;
  /** Access tokens the resource server no longer accepts (server-side revocation). */
  revoked: Set<string>;
  issue(options?: { ttl?: number; sub?: string }): IssuedTokens;
  signJwt(claims: Record<string, unknown>): string;
  holdTokens(): () => void;
  /** Resolves when the next token-endpoint request arrives (before a held gate answers it). */
  nextTokenRequest(): Promise<Recorded>;
  holdResources(): () => void;
  close(): Promise<void>;
}

const JWT_SECRET = randomBytes(32);

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString("base64url");
}

export function signJwt(claims: Record<string, unknown>): string {
  const head = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const body = base64url(JSON.stringify(claims));
  const sig = createHmac("sha256", JWT_SECRET).update(`${head}.${body}`).digest("base64url");
  return `${head}.${body}.${sig}`;
}

/** Valid signature and `exp` in the future, by the real clock. */
export function verifyJwt(token: string): Record<string, unknown> | undefined {
  const [head, body, sig] = token.split(".");
  if (sig === undefined) return undefined;
  const expected = createHmac("sha256", JWT_SECRET).update(`${head}.${body}`).digest("base64url");
  if (expected !== sig) return undefined;
  const claims = JSON.parse(Buffer.from(body, "base64url").toString()) as Record<string, unknown>;
  return typeof claims.exp === "number" && claims.exp * 1000 > Date.now() ? claims : undefined;
}

export async function startAuthServer(): Promise<AuthServer> {
  const refreshTokens = new Map<string, string>(); // one-time refresh token -> subject
  let counter = 0;
  const arrivals = new EventEmitter();
  const server: AuthServer = {
    origin: "",
    port: 0,
    requests: [],
    tokenRequests: [],
    discoveryRequests: 0,
    tokenMode: "ok",
    accessTtl: 3600,
    gate: undefined,
    resourceGate: undefined,
    revoked: new Set(),
    signJwt,
    issue({ ttl = server.accessTtl, sub = "user" } = {}) {
      counter += 1;
      const expiresAt = Date.now() + ttl * 1000;
      const accessToken = signJwt({ sub, n: counter, exp: Math.floor(expiresAt / 1000) });
      const refreshToken = `rt-${counter}-${randomBytes(8).toString("hex")}`;
      refreshTokens.set(refreshToken, sub);
      return { accessToken, refreshToken, expiresAt };
    },
    holdResources: () => holdGate((gate) => (server.resourceGate = gate)),
    holdTokens: () => holdGate((gate) => (server.gate = gate)),
    nextTokenRequest: () => once(arrivals, "token").then(([recorded]) => recorded as Recorded),
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
  const context: HandlerContext = { server, refreshTokens, arrivals };
  const http: Server = createServer((req, res) => {
    void handle(context, req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  server.port = (http.address() as AddressInfo).port;
  server.origin = `http://127.0.0.1:${server.port}`;
  const close = server.close;
  server.close = () => {
    http.closeAllConnections();
    return close();
  };
  return server;
}

interface HandlerContext {
  server: AuthServer;
  refreshTokens: Map<string, string>;
  arrivals: EventEmitter;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function handle(context: HandlerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const recorded: Recorded = {
    method: req.method ?? "GET",
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body: await readBody(req),
  };
  const { server } = context;
  if (url.pathname === "/token" || url.pathname === "/refresh" || url.pathname === "/cookie-refresh") {
    server.tokenRequests.push(recorded);
    context.arrivals.emit("token", recorded);
    if (server.gate !== undefined) await server.gate;
    return tokenEndpoint(context, recorded, res);
  }
  if (url.pathname === "/.well-known/openid-configuration") {
    server.discoveryRequests += 1;
    return json(res, 200, { issuer: server.origin, token_endpoint: `${server.origin}/token` });
  }
  server.requests.push(recorded);
  if (url.pathname.startsWith("/held") && server.resourceGate !== undefined) await server.resourceGate;
  return resource(server, recorded, res);
}

/** What the resource server saw, echoed back so tests can assert on the wire. */
function echo(recorded: Recorded, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    path: recorded.path,
    query: Object.fromEntries(recorded.query),
    authorization: recorded.headers.authorization ?? null,
    apiKey: recorded.headers["x-api-key"] ?? null,
    cookie: recorded.headers.cookie ?? null,
    idempotencyKey: recorded.headers["idempotency-key"] ?? null,
    contentType: recorded.headers["content-type"] ?? null,
    body: recorded.body,
    ...extra,
  };
}

function resource(server: AuthServer, recorded: Recorded, res: ServerResponse): void {
  const path = recorded.path;
  if (path === "/redirect") {
    res.writeHead(302, { location: recorded.query.get("to") ?? "/" });
    return void res.end();
  }
  if (path === "/forbidden") return json(res, 403, { error: "forbidden" });
  // A careless server: the credentials it got come back in the body and in a header.
  if (path === "/echo-forbidden") return json(res, 403, echo(recorded, { error: "forbidden" }), { "x-echo-authorization": recorded.headers.authorization ?? "" });
  if (path === "/insufficient") {
    return json(res, 401, { error: "insufficient_scope" }, { "www-authenticate": 'Bearer error="insufficient_scope", scope="admin"' });
  }
  if (path === "/always-401") return json(res, 401, { error: "no" }, { "www-authenticate": 'Bearer error="invalid_token"' });
  if (path.startsWith("/public") || path.startsWith("/echo")) return json(res, 200, echo(recorded));
  if (path.startsWith("/session")) return cookieSession(recorded, res);
  // Everything else is protected by a bearer JWT (RFC 6750).
  const header = recorded.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  const claims = server.revoked.has(token) ? undefined : verifyJwt(token);
  if (claims === undefined) return json(res, 401, { error: "invalid_token" }, { "www-authenticate": 'Bearer error="invalid_token"' });
  return json(res, 200, echo(recorded, { sub: claims.sub, n: claims.n }));
}

/** Cookie mode: `access` is an HttpOnly JWT cookie set by /cookie-refresh. */
function cookieSession(recorded: Recorded, res: ServerResponse): void {
  const access = /(?:^|;\s*)access=([^;]+)/.exec(recorded.headers.cookie ?? "")?.[1];
  if (access === undefined || verifyJwt(access) === undefined) return json(res, 401, { error: "invalid_token" });
  return json(res, 200, echo(recorded));
}

function clientAuthenticated(recorded: Recorded, form: URLSearchParams): boolean {
  const header = recorded.headers.authorization;
  if (header?.startsWith("Basic ")) {
    const [id, secret] = Buffer.from(header.slice(6), "base64").toString().split(":").map(decodeURIComponent);
    return id === CLIENT_ID && secret === CLIENT_SECRET;
  }
  return form.get("client_id") === CLIENT_ID && (form.get("client_secret") ?? CLIENT_SECRET) === CLIENT_SECRET;
}

function tokenEndpoint(context: HandlerContext, recorded: Recorded, res: ServerResponse): void {
  const { server, refreshTokens } = context;
  const mode = server.tokenMode;
  if (mode === "hang") return; // never answers; the client's refresh timeout must end it
  if (mode === "error500") return json(res, 500, { error: "server_error" });
  if (mode === "unauthorized") return json(res, 401, { error: "invalid_client" });
  if (mode === "not_json") {
    res.writeHead(200, { "content-type": "text/html" });
    return void res.end("<html>login</html>");
  }
  if (mode === "crlf_token") return json(res, 200, { access_token: "abc\r\nX-Injected: 1", token_type: "bearer", expires_in: 3600 });
  const form = new URLSearchParams(recorded.body);
  if (mode === "echo_secret_400") {
    const description = `bad token ${form.get("refresh_token")} from ${form.get("client_secret") ?? "?"}`;
    return json(res, 400, { error: "invalid_grant", error_description: description, seen: recorded.body, auth: recorded.headers.authorization });
  }
  if (mode === "invalid_grant") return json(res, 400, { error: "invalid_grant" });
  if (recorded.path === "/cookie-refresh") {
    const presented = /(?:^|;\s*)refresh=([^;]+)/.exec(recorded.headers.cookie ?? "")?.[1];
    if (presented === undefined || !refreshTokens.delete(presented)) return json(res, 400, { error: "invalid_grant" });
    const issued = server.issue();
    res.writeHead(204, {
      "set-cookie": [`access=${issued.accessToken}; HttpOnly; Path=/`, `refresh=${issued.refreshToken}; HttpOnly; Path=/`],
    });
    return void res.end();
  }
  if (!clientAuthenticated(recorded, form)) return json(res, 401, { error: "invalid_client" });
  const grant = form.get("grant_type");
  if (grant === "client_credentials") {
    const issued = server.issue({ sub: "service" });
    return json(res, 200, { access_token: issued.accessToken, token_type: "Bearer", expires_in: server.accessTtl, scope: form.get("scope") ?? "" });
  }
  const presented = form.get("refresh_token") ?? "";
  // One-time refresh tokens: presenting one twice is invalid_grant (RFC 6749 §10.4 rotation).
  const sub = refreshTokens.get(presented);
  if (grant !== "refresh_token" || sub === undefined) return json(res, 400, { error: "invalid_grant" });
  refreshTokens.delete(presented);
  const issued = server.issue({ sub });
  return json(res, 200, {
    access_token: issued.accessToken,
    token_type: "bearer",
    expires_in: server.accessTtl,
    refresh_token: issued.refreshToken,
  });
}
