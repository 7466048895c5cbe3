// `node bench/web-app-size.mjs` (after `npm run build`): the gzip bytes keyway adds to a web
// app's bundle over the hand-written axios interceptor pattern it replaces (issue 11). Both
// apps call the same three operations of fixtures/security/browser-session.yaml, keep the
// token in localStorage, refresh once for concurrent 401s and go to /login when the session
// is over; both are bundled by esbuild for the browser, minified, axios external, gzip -9.
// Prints one JSON object; writes nothing outside bench/.tmp.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { minifiedBundle } from "./lib/runtime-bundle.mjs";

const ROOT = join(import.meta.dirname, "..");
const TMP = join(ROOT, "bench", ".tmp", "web-app");

/** The seed tutorial's "production-level pattern", as an app writes it around its calls. */
const SEED = `
import axios from "axios";
const api = axios.create({ baseURL: "/api" });
api.interceptors.request.use((config) => {
  const token = localStorage.getItem("accessToken");
  if (token) config.headers.Authorization = \`Bearer \${token}\`;
  return config;
});
let isRefreshing = false;
let failedQueue = [];
api.interceptors.response.use((res) => res, async (error) => {
  const originalRequest = error.config;
  if (error.response?.status === 401 && !originalRequest._retry) {
    if (isRefreshing) {
      return new Promise((resolve, reject) => failedQueue.push({ resolve, reject })).then((token) => {
        originalRequest.headers.Authorization = \`Bearer \${token}\`;
        return api(originalRequest);
      });
    }
    originalRequest._retry = true;
    isRefreshing = true;
    try {
      const { data } = await axios.post("/api/refresh-token", { refresh_token: localStorage.getItem("refreshToken") });
      localStorage.setItem("accessToken", data.access_token);
      localStorage.setItem("refreshToken", data.refresh_token);
      failedQueue.forEach((p) => p.resolve(data.access_token));
      failedQueue = [];
      return api(originalRequest);
    } catch (err) {
      failedQueue.forEach((p) => p.reject(err));
      failedQueue = [];
      window.location.href = "/login";
    } finally {
      isRefreshing = false;
    }
  }
  return Promise.reject(error);
});
export const login = (body) => api.post("/login", body).then((r) => r.data);
export const getMe = () => api.get("/me").then((r) => r.data);
export const echoForbidden = () => api.get("/echo").then((r) => r.data);
`;

/** The same app with keyway: the refresh as the app's own function (works on every runtime). */
const KEYWAY_CUSTOM = `
import { createClient, localStorageTokenStore } from "./client/index.ts";
const client = createClient({
  auth: {
    bearerAuth: {
      tokens: localStorageTokenStore("accessToken"),
      refresh: async (current) => {
        const t = await client.refreshToken({ body: { refresh_token: current?.refreshToken ?? "" } });
        return { accessToken: t.access_token, refreshToken: t.refresh_token, expiresIn: t.expires_in };
      },
    },
  },
  onAuthFailure: () => { window.location.href = "/login"; },
});
export const login = (body) => client.login({ body });
export const getMe = () => client.getMe();
export const echoForbidden = () => client.echoForbidden();
`;

/** The same app naming the document's refresh operation (DESIGN §4 "Refresh from the document"). */
const KEYWAY_DOCUMENT = `
import { createClient, localStorageTokenStore } from "./client/index.ts";
const client = createClient({
  auth: { bearerAuth: { tokens: localStorageTokenStore("accessToken"), refresh: "refreshToken" } },
  onAuthFailure: () => { window.location.href = "/login"; },
});
export const login = (body) => client.login({ body });
export const getMe = () => client.getMe();
export const echoForbidden = () => client.echoForbidden();
`;

async function gzipBytes(name, source) {
  const entry = join(TMP, `${name}.ts`);
  writeFileSync(entry, source);
  const { code } = await minifiedBundle(entry, join(TMP, `${name}.js`), "browser");
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });
const { generateClient } = await import(pathToFileURL(join(ROOT, "dist", "generator", "index.js")).href);
await generateClient({ input: join(ROOT, "fixtures/security/browser-session.yaml"), output: join(TMP, "client"), cwd: ROOT, onWarning: () => {} });
const seed = await gzipBytes("seed", SEED);
const custom = await gzipBytes("keyway-custom", KEYWAY_CUSTOM);
const document = await gzipBytes("keyway-document", KEYWAY_DOCUMENT).catch((error) => ({ error: String(error) }));
const added = (app) => (app.gzipBytes === undefined ? undefined : app.gzipBytes - seed.gzipBytes);
console.log(
  JSON.stringify(
    {
      seed,
      keywayCustomRefresh: { ...custom, addedGzipBytes: added(custom) },
      keywayDocumentRefresh: { ...document, addedGzipBytes: added(document) },
    },
    null,
    2,
  ),
);
