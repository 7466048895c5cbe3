// An operation that declares its own server (GitHub's release-asset upload, Stripe's file
// upload) goes there, with the document's credentials, while the client uses the
// document's servers; a baseURL of the caller's takes every call. Real HTTP on 127.0.0.1.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startEchoServer, replyRaw, type EchoServer } from "../support/echo-server.js";
import { generate } from "../support/generate.js";
import { typecheck } from "../support/typecheck.js";

type Client = Record<string, never>;
interface Generated {
  createClient(options: object): Client;
  listItems(client: Client, args?: object): Promise<unknown>;
  uploadItem(client: Client, args: object): Promise<unknown>;
}

const document = (api: string, uploads: string) => `openapi: 3.1.0
info: { title: Uploads, version: "1" }
servers: [{ url: "${api}/v1" }]
security: [{ bearerAuth: [] }]
components:
  securitySchemes:
    bearerAuth: { type: http, scheme: bearer }
    apiKey: { type: apiKey, in: header, name: X-Key }
paths:
  /items:
    get:
      operationId: listItems
      responses: { "204": { description: none } }
  /items/{id}/upload:
    servers: [{ url: "${uploads}/{prefix}", variables: { prefix: { default: up } } }]
    post:
      operationId: uploadItem
      security: [{ bearerAuth: [], apiKey: [] }]
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      requestBody: { required: true, content: { text/plain: { schema: { type: string } } } }
      responses: { "204": { description: none } }
`;

let input: string;
let api: EchoServer;
let uploads: EchoServer;
let output: string;
let client: Generated;

beforeAll(async () => {
  [api, uploads] = await Promise.all([startEchoServer(replyRaw(204, "")), startEchoServer(replyRaw(204, ""))]);
  input = join(mkdtempSync(join(tmpdir(), "keyway-servers-")), "api.yaml");
  writeFileSync(input, document(api.origin, uploads.origin));
  ({ output } = await generate("e2e-operation-servers", input));
  client = (await import(join(output, "index.ts"))) as Generated;
});
afterAll(async () => {
  await Promise.all([api?.close(), uploads?.close()]);
});

describe("an operation's own server", () => {
  test("the generated client type-checks under tsc --strict", async () => {
    expect(await typecheck(output, { moduleResolution: "nodenext", dom: false })).toEqual([]);
  });

  test("with the document's servers: the upload goes to its own server, with the bearer token", async () => {
    const c = client.createClient({ auth: { bearerAuth: "tok-1", apiKey: "key-1" } });
    await client.listItems(c);
    expect(api.last()).toMatchObject({ method: "GET", url: "/v1/items" });
    expect(api.last().headers.authorization).toBe("Bearer tok-1");
    await client.uploadItem(c, { path: { id: "7" }, body: "bytes" });
    expect(uploads.last()).toMatchObject({ method: "POST", url: "/up/items/7/upload" });
    expect(uploads.last().headers).toMatchObject({ authorization: "Bearer tok-1", "x-key": "key-1" });
    expect(api.received).toHaveLength(1);
  });

  test("with a baseURL of the caller's: every call goes there, the upload too", async () => {
    const before = uploads.received.length;
    const c = client.createClient({ baseURL: `${api.origin}/proxy`, auth: { bearerAuth: "tok-2", apiKey: "key-2" } });
    await client.uploadItem(c, { path: { id: "8" }, body: "bytes" });
    expect(api.last()).toMatchObject({ method: "POST", url: "/proxy/items/8/upload" });
    expect(api.last().headers).toMatchObject({ authorization: "Bearer tok-2", "x-key": "key-2" });
    expect(uploads.received).toHaveLength(before);
  });

  test("with a baseURL of the caller's, the document's upload host is not trusted: a redirect there loses the credentials", async () => {
    const c = client.createClient({ baseURL: `${api.origin}/proxy`, auth: { bearerAuth: "tok-3", apiKey: "key-3" } });
    api.handle((_req, res) => {
      res.writeHead(307, { location: `${uploads.origin}/up/items/9/upload` });
      res.end();
    });
    try {
      await client.uploadItem(c, { path: { id: "9" }, body: "bytes" });
    } finally {
      api.handle(replyRaw(204, ""));
    }
    expect(api.last().headers).toMatchObject({ authorization: "Bearer tok-3", "x-key": "key-3" });
    expect(uploads.last()).toMatchObject({ method: "POST", url: "/up/items/9/upload" });
    expect(uploads.last().headers.authorization).toBeUndefined();
    expect(uploads.last().headers["x-key"]).toBeUndefined();
  });
});

test("a base URL given at generation replaces the operation's server too", async () => {
  const { output: pinned } = await generate("e2e-operation-servers-base-url", input, { baseUrl: "https://proxy.example.com" });
  expect(readFileSync(join(output, "operations.ts"), "utf8")).toContain(`"server": "${uploads.origin}/up"`);
  expect(readFileSync(join(pinned, "operations.ts"), "utf8")).not.toContain('"server"');
  expect(readFileSync(join(pinned, "security.ts"), "utf8")).not.toContain("operationServers");
});
