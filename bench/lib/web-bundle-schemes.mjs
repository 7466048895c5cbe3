// The runtime's cost to a web app, per scheme type (issue 14): for each scheme type, a
// three-operation document secured by it alone, its generated client, and an app that
// configures that scheme and calls the three operations through createClient, bundled as an
// app bundles it: esbuild, browser platform, minified, tree-shaken, axios external, gzip -9.
// The headline is the bearer app (memory token store + refresh). The interceptor-pattern
// comparison (the same screen hand-written) is bench/web-app-size.mjs's, not repeated here.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { ROOT, TMP } from "./paths.mjs";
import { minifiedBundle } from "./runtime-bundle.mjs";

const TOKEN_URL = "https://auth.example.com/token";

/** Scheme type -> its securitySchemes entry and the `auth` config an app would pass. */
export const SCHEMES = [
  { id: "none", label: "no security scheme", scheme: null, config: null },
  {
    id: "bearer",
    label: "http bearer, memory token store + refresh",
    scheme: { type: "http", scheme: "bearer" },
    config: "{ tokens: memoryTokenStore(), refresh: async (t) => ({ accessToken: 'new', refreshToken: t?.refreshToken }) }",
    imports: ["memoryTokenStore"],
    headline: true,
  },
  { id: "bearer-static", label: "http bearer, a token function", scheme: { type: "http", scheme: "bearer" }, config: "() => localStorage.getItem('token')" },
  { id: "basic", label: "http basic", scheme: { type: "http", scheme: "basic" }, config: "{ username: 'u', password: 'p' }" },
  { id: "http-other", label: "other http scheme (raw Authorization)", scheme: { type: "http", scheme: "digest" }, config: "() => 'Digest x'" },
  { id: "apikey-header", label: "apiKey in a header", scheme: { type: "apiKey", in: "header", name: "X-API-Key" }, config: "() => 'k'" },
  { id: "apikey-query", label: "apiKey in the query", scheme: { type: "apiKey", in: "query", name: "api_key" }, config: "() => 'k'" },
  { id: "apikey-cookie", label: "apiKey in a cookie", scheme: { type: "apiKey", in: "cookie", name: "session" }, config: "() => 'k'" },
  {
    id: "oauth2-code",
    label: "oauth2 authorizationCode (refresh built in)",
    scheme: { type: "oauth2", flows: { authorizationCode: { authorizationUrl: "https://auth.example.com/authorize", tokenUrl: TOKEN_URL, scopes: { read: "read" } } } },
    config: "{ clientId: 'app' }",
  },
  {
    id: "oauth2-client-credentials",
    label: "oauth2 clientCredentials",
    scheme: { type: "oauth2", flows: { clientCredentials: { tokenUrl: TOKEN_URL, scopes: { read: "read" } } } },
    config: "{ clientId: 'app', clientSecret: 's' }",
  },
  { id: "openid-connect", label: "openIdConnect", scheme: { type: "openIdConnect", openIdConnectUrl: "https://auth.example.com/.well-known/openid-configuration" }, config: "{ clientId: 'app' }" },
];

function documentFor(entry) {
  const security = entry.scheme ? { security: [{ auth: [] }], components: { securitySchemes: { auth: entry.scheme } } } : {};
  const item = { type: "object", required: ["id", "name"], properties: { id: { type: "integer" }, name: { type: "string" } } };
  const json = (schema) => ({ "application/json": { schema } });
  return {
    openapi: "3.0.3",
    info: { title: `web app, ${entry.label}`, version: "1" },
    servers: [{ url: "https://api.example.com" }],
    ...security,
    paths: {
      "/items": {
        get: { operationId: "listItems", responses: { 200: { description: "ok", content: json({ type: "array", items: item }) } } },
        post: { operationId: "createItem", requestBody: { required: true, content: json(item) }, responses: { 201: { description: "made", content: json(item) } } },
      },
      "/items/{id}": {
        get: {
          operationId: "getItem",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
          responses: { 200: { description: "ok", content: json(item) }, 404: { description: "none" } },
        },
      },
    },
  };
}

function appFor(entry) {
  const imports = ["createClient", ...(entry.imports ?? [])].join(", ");
  const auth = entry.config ? `, auth: { auth: ${entry.config} }` : "";
  return `import { ${imports} } from "./client/index.js";
const api = createClient({ baseURL: "/api"${auth} });
export async function screen(root) {
  const items = await api.listItems();
  const made = await api.createItem({ body: { id: 0, name: root.dataset.name ?? "new" } });
  const one = await api.getItem({ path: { id: made.id } });
  root.textContent = JSON.stringify([items.length, one.name]);
}
`;
}

export async function webBundles() {
  const { generateClient } = await import(pathToFileURL(join(ROOT, "dist", "generator", "index.js")).href);
  const rows = [];
  for (const entry of SCHEMES) {
    const dir = join(TMP, "web-bundle", entry.id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "openapi.json"), JSON.stringify(documentFor(entry)));
    await generateClient({ input: join(dir, "openapi.json"), output: join(dir, "client"), cwd: dir, format: false, onWarning: () => {} });
    writeFileSync(join(dir, "app.ts"), appFor(entry));
    rows.push({ id: entry.id, label: entry.label, headline: !!entry.headline, ...(await bundle(join(dir, "app.ts"), join(dir, "app.min.js"))) });
  }
  const none = rows.find((r) => r.id === "none");
  for (const row of rows) row.authGzipBytes = row.gzipBytes - none.gzipBytes;
  const app = rows.find((r) => r.headline);
  return { ok: true, app: { id: app.id, gzipBytes: app.gzipBytes, minBytes: app.minBytes, limitBytes: 6144 }, rows };
}

async function bundle(entry, outfile) {
  const { code, inputs: byPath } = await minifiedBundle(entry, outfile, "browser");
  const inputs = Object.entries(byPath);
  const bytesOf = (test) => inputs.filter(([path]) => test(path)).reduce((n, [, { bytesInOutput }]) => n + bytesInOutput, 0);
  return {
    minBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    runtimeMinBytes: bytesOf((path) => path.includes("/client/runtime/")),
    generatedMinBytes: bytesOf((path) => path.includes("/client/") && !path.includes("/client/runtime/")),
    // The largest modules kept, minified: where the bytes are.
    modules: inputs
      .map(([path, { bytesInOutput }]) => ({ path: path.replace(/^.*\/client\//, ""), bytes: bytesInOutput }))
      .filter((m) => m.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 12),
  };
}
