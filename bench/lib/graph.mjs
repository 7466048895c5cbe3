// Microsoft Graph (20 MB, about 11,400 operations): the largest real document the tests pin.
// Too slow for every peer's alternating batch, so keyway alone generates it (its memory
// target, issue 14) and openapi-typescript's types are the reference for tsc over the client.
import { loadavg } from "node:os";
import { join } from "node:path";
import { runBatch } from "./generation.mjs";
import { typecheckBatch } from "./typecheck.mjs";
import { keyway, peers } from "./tools.mjs";
import { REAL_DOCUMENTS, TMP } from "./paths.mjs";

const load = () => loadavg().map((v) => Math.round(v * 10) / 10);

export async function graphSection({ runs, method, log }) {
  const doc = REAL_DOCUMENTS["graph.json"]();
  const outRoot = join(TMP, "gen", "graph");
  const reference = peers.find((p) => p.id === "openapi-typescript");
  const loadAtStart = load();
  const rows = await runBatch({ doc, tools: [keyway, reference], outRoot, runs, warmup: 0, method, timeoutMs: 900_000, log });
  const clients = rows.filter((r) => r.ok).map((r) => ({ tool: r.tool, dir: join(outRoot, r.tool) }));
  const tsc = await typecheckBatch({ clients, runs: 1, warmup: 0, method, log });
  return { ok: rows.some((r) => r.tool === "keyway" && r.ok), runs, load: { start: loadAtStart, end: load() }, rows, tsc };
}
