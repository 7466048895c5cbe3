// One web site of the browser suite, a real node:http server on 127.0.0.1 (port 0): it serves
// the app (a page and the bundled client) and the API of fixtures/security/browser-session.yaml,
// as a backend of the seed tutorials would. Access tokens are HS256 JWTs that expire; refresh
// tokens rotate and a used one is refused (400 invalid_grant, "already used"), in the body
// (token mode) or in an HttpOnly cookie (cookie mode). Calls from another origin get CORS with
// credentials. A second instance plays the cross-origin API, a third the origin that must
// never see a credential.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { holdGate, signJwt, verifyJwt } from "../../support/auth-servers.js";

export interface Site {
  /** `http://<host>:<port>`; `host` is 127.0.0.1 or localhost (another site for cookies). */
  origin: string;
  /** Refresh calls answered, token and cookie mode together (including refused ones). */
  refreshes: number;
  /** Visits of /login: the app's redirect when the session is over. */
  loginVisits: number;
  /** Attempts per `X-Call` header value of GET /api/me (a call and its retry). */
  attempts: Map<string, number>;
  /** X-CSRF-Token of each attempt per `X-Call` value. */
  csrf: Map<string, string[]>;
  /** Every Authorization header and Cookie header received, whatever the path. */
  credentialsSeen: string[];
  /** Every refresh token issued, in the body or in a cookie. */
  refreshTokens: string[];
  /** While set, refresh answers wait for it (two tabs' refreshes overlap for sure). */
  gate: Promise<void> | undefined;
  /** Cookie attributes of the refresh cookie (cross-site needs SameSite=None; Secure; Partitioned). */
  cookieAttributes: string;
  /** Lifetime of issued access tokens, seconds; negative issues expired ones. */
  accessTtl: number;
  issue(ttl?: number): {
    access_token: string;
    refresh_token: string;
    token_type: "Bearer";
  };
  revoke(accessToken: string): void;
  /** Holds refresh answers until the returned function is called. */
  hold(): () => void;
  close(): Promise<void>;
}

export interface SiteOptions {
  host: "127.0.0.1" | "localhost";
  /** The page's script: the bundled client and the scenarios (page/app.ts). */
  bundle: string;
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>app</title><script src="/bundle.js"></script>`;

export async function startSite(options: SiteOptions): Promise<Site> {
  const spent = new Set<string>();
  const live = new Set<string>();
  const revoked = new Set<string>();
  let counter = 0;
  const site: Site = {
    origin: "",
    refreshes: 0,
    loginVisits: 0,
    attempts: new Map(),
    csrf: new Map(),
    credentialsSeen: [],
    refreshTokens: [],
    gate: undefined,
    cookieAttributes: "SameSite=Strict",
    accessTtl: 600,
    issue(ttl = site.accessTtl) {
      counter += 1;
      const exp = Math.floor(Date.now() / 1000) + ttl;
      const refresh = `rt-${counter}-${randomBytes(12).toString("hex")}`;
      live.add(refresh);
      site.refreshTokens.push(refresh);
      return {
        access_token: signJwt({ sub: "ada", n: counter, exp }),
        refresh_token: refresh,
        token_type: "Bearer",
      };
    },
    revoke: (token) => void revoked.add(token),
    hold: () => holdGate((gate) => (site.gate = gate)),
    close: async () => undefined,
  };
  /** RFC 6749 §10.4 / OAuth 2.0 Security BCP §4.14: a rotated refresh token is single use. */
  const rotate = (token: string | undefined): ReturnType<Site["issue"]> | "used" | "unknown" => {
    if (token === undefined || !live.has(token)) return token !== undefined && spent.has(token) ? "used" : "unknown";
    live.delete(token);
    spent.add(token);
    return site.issue();
  };
  const context: Context = { site, options, rotate, revoked };
  const server = createServer((req, res) => {
    handle(context, req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  site.origin = `http://${options.host}:${(server.address() as AddressInfo).port}`;
  site.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return site;
}

interface Context {
  site: Site;
  options: SiteOptions;
  rotate(token: string | undefined): ReturnType<Site["issue"]> | "used" | "unknown";
  revoked: Set<string>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  const type = typeof body === "string" ? (body.startsWith("<!doctype") ? "text/html" : "text/javascript") : "application/json";
  res.writeHead(status, { "content-type": type, ...headers });
  res.end(text);
}

/** Fetch standard §3.2 (CORS protocol): credentialed answers name the origin and allow credentials. */
function cors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  res.setHeader("access-control-allow-origin", origin);
  res.setHeader("access-control-allow-credentials", "true");
  res.setHeader("access-control-allow-headers", "authorization, content-type, x-call, x-csrf-token");
  res.setHeader("access-control-allow-methods", "GET, POST");
  res.setHeader("access-control-expose-headers", "x-echo-authorization");
  res.setHeader("vary", "origin");
}

async function handle(context: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { site, options } = context;
  const url = new URL(req.url ?? "/", site.origin);
  for (const name of ["authorization", "cookie"] as const) {
    const value = req.headers[name];
    if (value !== undefined) site.credentialsSeen.push(`${url.pathname} ${name}: ${value}`);
  }
  cors(req, res);
  if (req.method === "OPTIONS") return send(res, 204, undefined);
  if (url.pathname === "/app.html") return send(res, 200, PAGE);
  if (url.pathname === "/bundle.js") return send(res, 200, options.bundle);
  if (url.pathname === "/login") {
    site.loginVisits += 1;
    return send(res, 200, `<!doctype html><title>login</title>`);
  }
  if (!url.pathname.startsWith("/api/")) return send(res, 404, { error: "not_found" });
  return api(context, req, url, await readBody(req), res);
}

async function api(context: Context, req: IncomingMessage, url: URL, body: string, res: ServerResponse): Promise<void> {
  const { site } = context;
  const path = url.pathname.slice("/api".length);
  if (path === "/login" || path === "/cookie/login") {
    const tokens = site.issue();
    if (path === "/login") return send(res, 200, { ...tokens, expires_in: site.accessTtl });
    return send(res, 200, { data: { accessToken: tokens.access_token } }, { "set-cookie": refreshCookie(site, tokens.refresh_token) });
  }
  if (path === "/refresh-token" || path === "/cookie/refresh") {
    site.refreshes += 1;
    if (site.gate !== undefined) await site.gate;
    return refresh(context, path === "/cookie/refresh", req, body, res);
  }
  if (path === "/cookie/logout")
    return send(res, 204, undefined, {
      "set-cookie": refreshCookie(site, "", 0),
    });
  if (path === "/away")
    return send(res, 302, undefined, {
      location: url.searchParams.get("to") ?? "/",
    });
  const authorization = req.headers.authorization ?? "";
  if (path === "/echo") {
    // A careless server: the credential it got comes back in the body and in a header.
    return send(res, 403, { error: "forbidden", authorization }, { "x-echo-authorization": authorization });
  }
  if (path !== "/me") return send(res, 404, { error: "not_found" });
  const call = String(req.headers["x-call"] ?? "");
  site.attempts.set(call, (site.attempts.get(call) ?? 0) + 1);
  site.csrf.set(call, [...(site.csrf.get(call) ?? []), String(req.headers["x-csrf-token"] ?? "")]);
  const token = authorization.startsWith("Bearer ") ? authorization.slice(7) : "";
  const claims = context.revoked.has(token) ? undefined : verifyJwt(token);
  if (claims === undefined) return send(res, 401, { error: "invalid_token" }, { "www-authenticate": 'Bearer error="invalid_token"' });
  return send(res, 200, { sub: claims.sub, call });
}

async function refresh(context: Context, cookieMode: boolean, req: IncomingMessage, body: string, res: ServerResponse): Promise<void> {
  const { site } = context;
  const presented = cookieMode ? /(?:^|;\s*)refresh_token=([^;]+)/.exec(req.headers.cookie ?? "")?.[1] : parseRefresh(body);
  const outcome = context.rotate(presented);
  if (outcome === "used" || outcome === "unknown") {
    // A careless server again: it names the token it refuses.
    const description = outcome === "used" ? "refresh token already used" : `unknown refresh token ${presented ?? ""}`;
    // The cookie tutorial's backend answers 401; RFC 6749 §5.2 says 400 invalid_grant.
    return send(res, cookieMode ? 401 : 400, {
      error: "invalid_grant",
      error_description: description,
    });
  }
  if (!cookieMode) return send(res, 200, { ...outcome, expires_in: site.accessTtl });
  return send(res, 200, { data: { accessToken: outcome.access_token } }, { "set-cookie": refreshCookie(site, outcome.refresh_token) });
}

function parseRefresh(body: string): string | undefined {
  try {
    const value = (JSON.parse(body) as { refresh_token?: unknown }).refresh_token;
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

function refreshCookie(site: Site, value: string, maxAge = 3600): string {
  return `refresh_token=${value}; Path=/api/cookie; Max-Age=${maxAge}; HttpOnly; ${site.cookieAttributes}`;
}
