// Response headers parsed to their schema types (OpenAPI 3.1 §4.8.21, style simple), through a
// generated client: tsc --strict holds the types (usage below), a live 127.0.0.1 server the values.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generate } from "../support/generate.js";
import { startRecorder, type Recorder } from "../support/recorder.js";
import { expectOnlyMarkedLinesFail, typecheck } from "../support/typecheck.js";

interface Quota {
  status: number;
  data: unknown;
  headers: Record<string, unknown>;
}
interface Generated {
  createClient(options: { baseURL: string }): { getQuotaWithResponse(): Promise<Quota> };
}

let server: Recorder;
let output: string;
let api: ReturnType<Generated["createClient"]>;
beforeAll(async () => {
  server = await startRecorder();
  ({ output } = await generate("coverage/typed-headers", "fixtures/responses/typed-headers.yaml", { format: false }));
  api = ((await import(join(output, "index.ts"))) as Generated).createClient({ baseURL: server.url });
});
afterAll(async () => {
  await server?.close();
});

const USAGE = `
import { createClient } from "./index.js";
const api = createClient({ baseURL: "http://127.0.0.1:1" });
export async function use(): Promise<void> {
  const res = await api.getQuotaWithResponse();
  if (res.status === 200) {
    const remaining: number = res.headers["x-rate-limit-remaining"];
    const ratio: number | undefined = res.headers["x-ratio"];
    const cached: boolean | undefined = res.headers["x-cached"];
    const ids: number[] | undefined = res.headers["x-ids"];
    const tags: string[] | undefined = res.headers["x-tags"];
    const region: string | undefined = res.headers["x-region"];
    const meta: unknown = res.headers["x-meta"];
    // an integer header is a number, not a string
    const asText: string = res.headers["x-rate-limit-remaining"]; // expected error TS2322
    // undeclared headers are unknown once some header is parsed (as openapi-typescript types them)
    const etag: string | undefined = res.headers.etag; // expected error TS2322
    void [remaining, ratio, cached, ids, tags, region, meta, asText, etag];
  } else {
    // The 202 declares the same header as a string.
    const remaining: string | undefined = res.headers["x-rate-limit-remaining"];
    // not a number for this status
    const wrong: number = res.headers["x-rate-limit-remaining"]; // expected error TS2322
    void [remaining, wrong];
  }
}
`;

describe("typed response headers", () => {
  test("tsc --strict: each declared header has its schema's type, per status", { timeout: 120_000 }, async () => {
    writeFileSync(join(output, "usage.ts"), USAGE);
    expectOnlyMarkedLinesFail(join(output, "usage.ts"), await typecheck(output, { moduleResolution: "nodenext", dom: false }), 3);
  });

  test("values are parsed per status; a value that does not parse stays the text sent", async () => {
    server.reply("/quota", {
      status: 200,
      headers: {
        "content-type": "application/json",
        "X-Rate-Limit-Remaining": "42",
        "X-Ratio": "0.25",
        "X-Cached": "false",
        "X-Ids": "1, 2,3",
        "X-Tags": "a, b",
        "X-Meta": '{"zone":"eu"}',
        "X-Region": "007",
        ETag: '"v1"',
      },
      body: '{"used":3}',
    });
    const ok = await api.getQuotaWithResponse();
    expect(ok.data).toEqual({ used: 3 });
    expect(ok.headers).toMatchObject({
      "x-rate-limit-remaining": 42,
      "x-ratio": 0.25,
      "x-cached": false,
      "x-ids": [1, 2, 3],
      "x-tags": ["a", "b"],
      "x-meta": { zone: "eu" },
      "x-region": "007",
      etag: '"v1"',
    });
    server.reply("/quota", { status: 200, headers: { "X-Rate-Limit-Remaining": "lots", "X-Ids": "1,x", "X-Cached": "yes", "X-Meta": "{" } });
    const odd = await api.getQuotaWithResponse();
    expect(odd.headers).toMatchObject({ "x-rate-limit-remaining": "lots", "x-ids": "1,x", "x-cached": "yes", "x-meta": "{" });
    expect("x-ratio" in odd.headers).toBe(false);
    server.reply("/quota", { status: 202, headers: { "X-Rate-Limit-Remaining": "42" } });
    const counting = await api.getQuotaWithResponse();
    expect([counting.status, counting.headers["x-rate-limit-remaining"]]).toEqual([202, "42"]);
  });
});
