// Standard input and http(s) URLs. The server is ours, on 127.0.0.1, started per test file.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { InputError } from "../../../generator/errors.js";
import { loadDocument } from "../../../generator/load/index.js";
import { problemsOf, ROOT } from "./helpers.js";

const MULTI = path.join(ROOT, "fixtures/load/multi-file");
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/stall") return; // never answers: the load must time out
    if (url === "/missing.yaml") {
      res.writeHead(404).end("not here");
      return;
    }
    if (url === "/moved.yaml") {
      res.writeHead(302, { location: "/multi/openapi.yaml" }).end();
      return;
    }
    if (url === "/stalled-ref.yaml") {
      res.end("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    $ref: ./stall\n");
      return;
    }
    if (url.startsWith("/multi/")) {
      // No content type worth trusting: the format is told by content.
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(readFileSync(path.join(MULTI, url.slice("/multi/".length))));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("standard input", () => {
  test("`-` reads the given stream; YAML told by content", async () => {
    const text = readFileSync(path.join(ROOT, "fixtures/load/formats/webhooks-only.yaml"));
    const doc = await loadDocument("-", { cwd: ROOT, stdin: Readable.from([text.subarray(0, 10), text.subarray(10)]) });
    expect(doc.source).toBe("-");
    expect(doc.document.info.title).toBe("Only webhooks");
    expect(doc.files).toEqual([]);
    expect(doc.locate("#/components/schemas/Pet")).toEqual({ file: "<stdin>", pointer: "#/components/schemas/Pet", line: 15, column: 5 });
  });

  test("relative refs of a document on stdin resolve against cwd", async () => {
    const text = readFileSync(path.join(MULTI, "openapi.yaml"), "utf8");
    const doc = await loadDocument("-", { cwd: MULTI, stdin: Readable.from([text]) });
    expect(doc.document.components?.schemas?.pet).toMatchObject({ type: "object" });
    expect(doc.files).toContain(path.join(MULTI, "schemas/tag.yaml"));
  });

  test("problems on stdin name <stdin>", async () => {
    const stdin = Readable.from(["openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    $ref: '#/nope'\n"]);
    expect(await problemsOf(loadDocument("-", { cwd: ROOT, stdin }))).toEqual([
      { code: "unresolved-ref", message: "$ref '#/nope' not found", location: { file: "<stdin>", pointer: "#/paths/~1a", line: 4, column: 3 } },
    ]);
  });

  test("a failing stream is an InputError", async () => {
    const stdin = new Readable({
      read() {
        this.destroy(new Error("pipe broke"));
      },
    });
    const error = await loadDocument("-", { cwd: ROOT, stdin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe("cannot read standard input: pipe broke");
  });
});

describe("http URLs", () => {
  test("a URL document with relative external refs is fetched and bundled", async () => {
    const url = `${base}/multi/openapi.yaml`;
    const doc = await loadDocument(url, { cwd: ROOT });
    expect(doc.source).toBe(url);
    expect(doc.document.components?.schemas?.tag).toEqual({ type: "object", properties: { label: { type: "string" } } });
    expect(doc.files[0]).toBe(url);
    expect(doc.files).toContain(`${base}/multi/schemas/pet.yaml`);
    expect(doc.locate("#/components/schemas/pet/properties/name")).toEqual({
      file: `${base}/multi/schemas/pet.yaml`,
      pointer: "#/properties/name",
      line: 6,
      column: 3,
    });
  });

  test("redirects are followed", async () => {
    const doc = await loadDocument(`${base}/moved.yaml`, { cwd: ROOT });
    expect(doc.document.info.title).toBe("Multi-file pets");
  });

  test.each([
    ["/missing.yaml", "HTTP 404"],
    ["/stall", "no response within 300 ms"],
  ])("%s fails with one line", async (route, reason) => {
    const url = `${base}${route}`;
    const error = await loadDocument(url, { cwd: ROOT, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`cannot fetch '${url}': ${reason}`);
    expect((error as InputError).location).toEqual({ file: url });
  });

  test("an external ref that does not answer is reported with why", async () => {
    const url = `${base}/stalled-ref.yaml`;
    expect(await problemsOf(loadDocument(url, { cwd: ROOT, timeoutMs: 300 }))).toEqual([
      {
        code: "unresolved-ref",
        message: `$ref './stall' not found (cannot fetch '${base}/stall': no response within 300 ms)`,
        location: { file: url, pointer: "#/paths/~1a", line: 4, column: 3 },
      },
    ]);
  });

  test("connection refused", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/openapi.yaml`;
    await new Promise((resolve) => closed.close(resolve));
    const error = await loadDocument(url, { cwd: ROOT, timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`cannot fetch '${url}': connection refused`);
  });
});
