// readOnly and writeOnly (OpenAPI 3.1 §4.8.24) in the generated client: request bodies have
// no readOnly property, responses no writeOnly one, at every depth (read-write-usage.ts.txt,
// under tsc --strict); and the client so typed talks to a live server on 127.0.0.1.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startEchoServer, type EchoServer } from "../support/echo-server.js";
import { generate, repoRoot } from "../support/generate.js";
import { expectOnlyMarkedLinesFail, typecheck } from "../support/typecheck.js";

type Operation = (args?: object) => Promise<unknown>;
interface Module {
  createClient(options: { baseURL: string }): Record<string, Operation>;
}

const FIXTURE = "fixtures/read-write/read-write.yaml";
let output: string;
let server: EchoServer;

beforeAll(async () => {
  ({ output } = await generate("e2e-read-write", FIXTURE));
  copyFileSync(join(repoRoot, "test/client/read-write-usage.ts.txt"), join(output, "usage.ts"));
  server = await startEchoServer();
});
afterAll(() => server?.close());

describe("read-write client under tsc --strict: each marked line fails with its code, every other line compiles", () => {
  test.each([
    { moduleResolution: "nodenext", dom: false },
    { moduleResolution: "bundler", dom: true },
  ] as const)("moduleResolution $moduleResolution, DOM lib: $dom", async (setup) => {
    expectOnlyMarkedLinesFail(join(output, "usage.ts"), await typecheck(output, setup), 10);
  });

  test("grouped by tag, the client type-checks too", async () => {
    const grouped = await generate("e2e-read-write-by-tag", FIXTURE, { groupBy: "tag", format: false });
    expect(await typecheck(grouped.output, { moduleResolution: "nodenext", dom: true })).toEqual([]);
  });
});

describe("read-write client over real HTTP", () => {
  const stored = {
    id: 7,
    name: "Ada",
    profile: { bio: "hi", karma: 3 },
    keys: [{ label: "laptop", fingerprint: "SHA256:x" }],
    audit: { createdAt: "2026-11-30T00:00:00Z" },
  };

  test("createUser sends the writable shape and resolves with what the server stored", async () => {
    const module = (await import(join(output, "index.ts"))) as Module;
    const api = module.createClient({ baseURL: server.origin });
    server.handle((_req, res) => {
      res.writeHead(201, { "content-type": "application/json" });
      res.end(JSON.stringify(stored));
    });
    const body = { name: "Ada", password: "pw", profile: { bio: "hi" }, keys: [{ label: "laptop", secret: "s3" }] };
    const user = await api.createUser({ body });
    expect(server.last()).toMatchObject({ method: "POST", url: "/users" });
    expect(JSON.parse(server.last().body.toString("utf8"))).toEqual(body);
    expect(user).toEqual(stored);
  });

  test("listUsers resolves with the array the server sent", async () => {
    const module = (await import(join(output, "index.ts"))) as Module;
    const api = module.createClient({ baseURL: server.origin });
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify([stored, { ...stored, id: 8 }]));
    });
    expect(await api.listUsers()).toEqual([stored, { ...stored, id: 8 }]);
    expect(server.last()).toMatchObject({ method: "GET", url: "/users" });
  });
});
