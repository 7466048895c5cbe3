// DESIGN §4 through a client generated from fixtures/security/auth-matrix.yaml (bearer, oauth2
// authorizationCode + clientCredentials with refreshUrl, apiKey in header/query/cookie, basic,
// OR, AND, `security: []`, `[{}, {A}]`), against real servers on 127.0.0.1; plus what must and
// must not compile.
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generate, repoRoot } from "../support/generate.js";
import { expectOnlyMarkedLinesFail, typecheck } from "../support/typecheck.js";
import { API_KEY, CLIENT_ID, CLIENT_SECRET, startAuthServer, type AuthServer } from "../support/auth-servers.js";
import type { TokenSet, TokenStore } from "../../runtime/index.js";
import { harness, op } from "../support/auth-harness.js";

type Operation = (args?: object, options?: object) => Promise<Record<string, unknown>>;
interface AuthMatrixModule {
  createClient(options: object): Record<string, Operation>;
  memoryTokenStore(initial?: TokenSet | null): TokenStore;
  signOut(client: object): Promise<void>;
  AuthError: abstract new (...args: never[]) => Error & { code: string };
  ApiError: abstract new (...args: never[]) => Error & { status: number };
}

let output: string;
let mod: AuthMatrixModule;
let server: AuthServer;

beforeAll(async () => {
  ({ output } = await generate("auth-matrix", "fixtures/security/auth-matrix.yaml"));
  copyFileSync(join(repoRoot, "test/client/auth-usage.ts.txt"), join(output, "usage.ts"));
  mod = (await import(join(output, "index.ts"))) as AuthMatrixModule;
}, 120_000);
beforeEach(async () => {
  server = await startAuthServer();
});
afterEach(() => server.close());

const DEADLINE = 10_000;

function client(auth: object, extra: object = {}) {
  return mod.createClient({ baseURL: server.origin, auth, ...extra });
}

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string; status?: number };
  }
  throw new Error("expected a rejection");
}

describe("what compiles and what must not (tsc --strict)", () => {
  for (const setup of [{ moduleResolution: "nodenext", dom: false }, { moduleResolution: "bundler", dom: true }] as const) {
    it(`exactly the marked lines fail, with their codes (${setup.moduleResolution}, DOM: ${setup.dom})`, async () => {
      expectOnlyMarkedLinesFail(join(output, "usage.ts"), await typecheck(output, setup), 11);
    }, 120_000);
  }
});

describe("security.ts", () => {
  it("imports the handlers of the document's scheme types and no others, so a bundle keeps only those", () => {
    // Whitespace as prettier leaves it.
    const security = readFileSync(join(output, "security.ts"), "utf8").replace(/\s+/g, " ");
    expect(security).toMatch(/import \{ apiKeyScheme, basicScheme, bearerScheme, oauth2Scheme,? \} from "\.\/runtime\/auth\/schemes\/handlers\.js";/);
    expect(security).toMatch(/authRuntime: \{ install: installAuth, handlers: \{ apiKey: apiKeyScheme, basic: basicScheme, bearer: bearerScheme, oauth2: oauth2Scheme,? \},? \},/);
    expect(security).not.toMatch(/openIdConnectScheme|httpScheme|mutualTLSScheme|allSchemeHandlers/);
  });
});

describe("generated client over real HTTP", () => {
  it("bearer with a store: 100 concurrent calls on an expired token, 1 refresh, 100 results", async () => {
    let refreshes = 0;
    const refresh = async (current: TokenSet | null): Promise<TokenSet> => {
      refreshes += 1;
      const body = new URLSearchParams({ grant_type: "refresh_token", refresh_token: current?.refreshToken ?? "", client_id: CLIENT_ID });
      const res = await fetch(`${server.origin}/token`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
      const json = (await res.json()) as { access_token: string; refresh_token: string; expires_in: number };
      return { accessToken: json.access_token, refreshToken: json.refresh_token, expiresIn: json.expires_in };
    };
    const api = client({ bearerAuth: { tokens: mod.memoryTokenStore(server.issue({ ttl: -60 })), refresh } });
    const results = await Promise.all(Array.from({ length: 100 }, () => api.getProtected()));
    expect(results.every((r) => r.sub === "user")).toBe(true);
    expect(refreshes).toBe(1);
    expect(server.tokenRequests).toHaveLength(1);
  }, DEADLINE);

  it("oauth2 authorizationCode refreshes at refreshUrl; the POST is retried once, body and Idempotency-Key unchanged", async () => {
    const old = server.issue();
    server.revoked.add(old.accessToken);
    const api = client({ userOAuth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: mod.memoryTokenStore(old) } });
    const echo = await api.updatePet({ path: { petId: 7 }, body: { name: "Rex" }, header: { "Idempotency-Key": "idem-7" } });
    expect(echo.path).toBe("/pets/7");
    expect(server.tokenRequests.map((r) => r.path)).toEqual(["/refresh"]);
    const [first, retry] = server.requests;
    expect(retry.body).toBe('{"name":"Rex"}');
    expect(retry.body).toBe(first.body);
    expect(retry.headers["idempotency-key"]).toBe("idem-7");
    expect(server.requests).toHaveLength(2);
  }, DEADLINE);

  it("oauth2 clientCredentials acquires by itself at tokenUrl and re-acquires after a 401", async () => {
    const api = client({ serviceOAuth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } });
    expect((await api.getAsService()).sub).toBe("service");
    const sent = String(server.requests[0].headers.authorization).slice(7);
    server.revoked.add(sent);
    expect((await api.getAsService()).sub).toBe("service");
    expect(server.tokenRequests.map((r) => new URLSearchParams(r.body).get("grant_type"))).toEqual(["client_credentials", "client_credentials"]);
    expect(server.tokenRequests.map((r) => r.path)).toEqual(["/token", "/token"]);
  }, DEADLINE);

  it("OR: only the first configured alternative is sent", async () => {
    const { accessToken } = server.issue();
    const both = await client({ bearerAuth: accessToken, headerKey: API_KEY }).echoEither();
    expect(both).toMatchObject({ authorization: `Bearer ${accessToken}`, apiKey: null });
    const keyOnly = await client({ headerKey: API_KEY }).echoEither();
    expect(keyOnly).toMatchObject({ authorization: null, apiKey: API_KEY });
  }, DEADLINE);

  it("AND: query and cookie keys together; one missing rejects with AuthError before sending", async () => {
    const echo = await client({ queryKey: API_KEY, cookieKey: "c-1" }).echoBoth();
    expect(echo).toMatchObject({ query: { api_key: API_KEY }, cookie: "session_key=c-1" });
    const error = await rejection(client({ queryKey: API_KEY }).echoBoth());
    expect(error).toBeInstanceOf(mod.AuthError);
    expect(error.code).toBe("missing_credentials");
    expect(server.requests).toHaveLength(1);
  }, DEADLINE);

  it("basic and the top-level requirement applied to an operation without its own", async () => {
    const basic = await client({ basicAuth: { username: "u", password: "p" } }).echoBasic();
    expect(basic.authorization).toBe(`Basic ${Buffer.from("u:p").toString("base64")}`);
    const error = await rejection(client({ headerKey: API_KEY }).getProtected());
    expect(error.code).toBe("missing_credentials");
  }, DEADLINE);

  it("security: [] sends nothing and never waits for a refresh in flight", async () => {
    const release = server.holdTokens();
    const api = client({ userOAuth: { clientId: CLIENT_ID, tokens: mod.memoryTokenStore(server.issue({ ttl: -60 })) }, headerKey: API_KEY });
    const refreshing = server.nextTokenRequest();
    const secured = api.getAsUser();
    await refreshing;
    const pub = await api.getPublic();
    expect(pub).toMatchObject({ authorization: null, apiKey: null });
    release();
    expect((await secured).sub).toBe("user");
  }, DEADLINE);

  it("[{}, {headerKey}]: the key when configured, anonymous otherwise", async () => {
    expect((await client({ headerKey: API_KEY }).getOptional()).apiKey).toBe(API_KEY);
    expect((await client({}).getOptional()).apiKey).toBeNull();
  }, DEADLINE);

  it("a 401 on an apiKey-only operation is not refreshed: ApiError 401 after one request", async () => {
    const api = client({ headerKey: API_KEY, bearerAuth: { tokens: mod.memoryTokenStore(server.issue()), refresh: async () => ({ accessToken: "x" }) } });
    const error = await rejection(api.alwaysUnauthorized());
    expect(error).toBeInstanceOf(mod.ApiError);
    expect(error.status).toBe(401);
    expect(server.requests).toHaveLength(1);
    expect(JSON.stringify(error)).not.toContain(API_KEY);
  }, DEADLINE);

  it("invalid_grant: AuthError for the caller, onAuthFailure once, store cleared; signOut(client) from the generated index", async () => {
    server.tokenMode = "invalid_grant";
    const failures: Error[] = [];
    let reported = () => {};
    const failed = new Promise<void>((resolve) => (reported = resolve));
    const store = mod.memoryTokenStore(server.issue({ ttl: -60 }));
    const onAuthFailure = (e: Error) => {
      failures.push(e);
      reported();
    };
    const api = client({ userOAuth: { clientId: CLIENT_ID, tokens: store } }, { onAuthFailure });
    const errors = await Promise.all([rejection(api.getAsUser()), rejection(api.getAsUser())]);
    expect(errors.map((e) => e.code)).toEqual(["refresh_rejected", "refresh_rejected"]);
    // DESIGN §4.5: onAuthFailure runs once, after every waiter has settled.
    expect(failures).toHaveLength(0);
    await failed;
    expect(failures).toHaveLength(1);
    expect(store.get()).toBeNull();
    store.set(server.issue());
    await mod.signOut(api);
    expect(store.get()).toBeNull();
  }, DEADLINE);

  it("two copies of the runtime (two generated clients) sharing one store spend a one-time refresh token once", async () => {
    const store = mod.memoryTokenStore(server.issue({ ttl: -60 }));
    const generated = client({ userOAuth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
    const other = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: store } });
    const [a, b, c] = await Promise.all([generated.getAsUser(), other.call(op([{ oauth: [] }])), generated.getAsUser()]);
    expect([a.sub, b.data.sub, c.sub]).toEqual(["user", "user", "user"]);
    expect(server.tokenRequests).toHaveLength(1);
  }, DEADLINE);
});
