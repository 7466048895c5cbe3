// Per-call overhead of keyway's runtime against a bare axios call, on loopback.
// Both sides send the same request (path, query, header) to the same node:http server with
// the same default agent, sequentially; blocks alternate so drift hits both alike.
// Run as a child of run.mjs; prints one JSON object.
import axios from "axios";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { runtimeModule } from "./runtime-bundle.mjs";

const CALLS = Number(process.env.BENCH_CALLS ?? 500);
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP_CALLS ?? 2000);
const BODY = JSON.stringify({ id: 1, name: "Rex", status: "available", tags: ["a", "b"] });

const server = createServer((req, res) => {
  seen = `${req.method} ${req.url} ${req.headers["x-api-key"] ?? "-"}`;
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(BODY) });
  res.end(BODY);
});
server.keepAliveTimeout = 60_000;
let seen = "";
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseURL = `http://127.0.0.1:${server.address().port}`;

const operation = (security) => ({
  id: "getPetById",
  method: "get",
  path: "/pets/{petId}",
  params: [
    { name: "petId", in: "path", style: "simple", explode: false },
    { name: "limit", in: "query", style: "form", explode: true },
  ],
  responses: { 200: "json", default: "json" },
  security,
});

const variants = [
  { id: "no-auth", label: "GET, path + query parameter, JSON response", schemes: {}, auth: {}, security: [], headers: {} },
  {
    id: "public-op",
    label: "same, `security: []`, on a client with an apiKey configured",
    schemes: { api_key: { type: "apiKey", in: "header", name: "X-API-Key" } },
    auth: { api_key: "secret" },
    security: [],
    headers: {},
  },
  {
    id: "api-key",
    label: "same, with an apiKey header credential",
    schemes: { api_key: { type: "apiKey", in: "header", name: "X-API-Key" } },
    auth: { api_key: "secret" },
    security: [{ api_key: [] }],
    headers: { "X-API-Key": "secret" },
  },
];

const results = [];
let runtime;
try {
  runtime = await import(pathToFileURL(await runtimeModule()).href);
} catch (error) {
  finish({ ok: false, error: `runtime did not build: ${String(error.message ?? error).split("\n")[0]}` });
}

for (const variant of variants) {
  results.push(await measureVariant(variant));
}
finish({ ok: results.every((r) => r.ok), calls: CALLS, blocks: BLOCKS, warmup: WARMUP, variants: results });

async function measureVariant(variant) {
  const bareClient = axios.create({ baseURL });
  const bare = () => bareClient.get("/pets/1", { params: { limit: 10 }, headers: variant.headers });
  let keyway;
  try {
    // As a generated security.ts does: an auth layer only for a document with security
    // schemes, with the handlers of its scheme types only.
    const api = { schemes: variant.schemes, servers: [baseURL] };
    if (Object.keys(variant.schemes).length > 0) api.authRuntime = { install: runtime.installAuth, handlers: { apiKey: runtime.apiKeyScheme } };
    const client = runtime.createRuntimeClient(api, { baseURL, auth: variant.auth });
    const op = operation(variant.security);
    keyway = () => runtime.request(client, op, { path: { petId: 1 }, query: { limit: 10 } });
    const check = await sameRequest(bare, keyway);
    if (check) return { id: variant.id, label: variant.label, ok: false, error: check };
  } catch (error) {
    return { id: variant.id, label: variant.label, ok: false, error: String(error.message ?? error).split("\n")[0] };
  }
  await loop(bare, WARMUP);
  await loop(keyway, WARMUP);
  const bareUs = [];
  const keywayUs = [];
  for (let b = 0; b < BLOCKS; b++) {
    // Alternate which side goes first in each block.
    const order = b % 2 ? [[keyway, keywayUs], [bare, bareUs]] : [[bare, bareUs], [keyway, keywayUs]];
    for (const [fn, into] of order) into.push((await loop(fn, CALLS)) / CALLS);
  }
  const bareMedian = median(bareUs);
  const keywayMedian = median(keywayUs);
  // Each block's two sides ran back to back: their ratio cancels load that drifts over the
  // run, which the ratio of the two medians does not. Reported beside it, not instead.
  const pairedRatio = median(keywayUs.map((us, b) => us / bareUs[b]));
  return { id: variant.id, label: variant.label, ok: true, bareUs: bareMedian, keywayUs: keywayMedian, ratio: keywayMedian / bareMedian, pairedRatio };
}

/** Both sides must put the same request on the wire, or the comparison means nothing. */
async function sameRequest(bare, keyway) {
  await bare();
  const expected = seen;
  const data = await keyway();
  if (seen !== expected) return `runtime sent "${seen}", bare axios "${expected}"`;
  if (data?.id !== 1) return `runtime returned ${JSON.stringify(data)?.slice(0, 80)}, not the parsed body`;
  return null;
}

async function loop(fn, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1e3;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function finish(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
  server.close();
  server.closeAllConnections?.();
  process.exit(0);
}
