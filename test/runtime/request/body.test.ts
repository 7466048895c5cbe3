// Request bodies per BodyDescriptor (OpenAPI 3.1 §4.8.13-15), checked as bytes on a real server;
// multipart parsed there by undici's FormData parser (Node's own fetch implementation).
import { Readable } from "node:stream";
import axios, { type InternalAxiosRequestConfig } from "axios";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestMeta } from "../../../runtime/contracts.js";
import type { BodyMediaDescriptor, OperationDescriptor } from "../../../runtime/descriptors.js";
import { request } from "../../../runtime/request.js";
import { startEchoServer, type EchoServer, type Received } from "../../support/echo-server.js";
import { client, op } from "./helpers.js";

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

function post(...media: BodyMediaDescriptor[]): OperationDescriptor {
  return op({ method: "post", path: "/b", body: { required: true, media } });
}

/** Sends and returns what the server got plus the RequestMeta the interceptors saw. */
async function send(operation: OperationDescriptor, body: unknown, contentType?: string): Promise<{ got: Received; meta?: RequestMeta }> {
  const instance = axios.create();
  let meta: RequestMeta | undefined;
  instance.interceptors.request.use((config) => {
    meta = config.keyway;
    return config;
  });
  await request(client(server.origin, {}, instance), operation, { body, contentType });
  return { got: server.last(), meta };
}

async function parseMultipart(got: Received): Promise<FormData> {
  return new Response(new Uint8Array(got.body), { headers: { "content-type": String(got.headers["content-type"]) } }).formData();
}

describe("json", () => {
  it("sends JSON with the declared type, replayable", async () => {
    const { got, meta } = await send(post({ type: "application/json", kind: "json" }), { name: "Rex", tags: ["a"], n: null });
    expect(got.body.toString()).toBe('{"name":"Rex","tags":["a"],"n":null}');
    expect(got.headers["content-type"]).toBe("application/json");
    expect(meta?.replayable).toBe(true);
  });

  it("the caller's contentType picks a +json media type; a JSON string stays a JSON string", async () => {
    const operation = post({ type: "application/json", kind: "json" }, { type: "application/merge-patch+json", kind: "json" });
    const { got } = await send(operation, "just text", "application/merge-patch+json");
    expect(got.headers["content-type"]).toBe("application/merge-patch+json");
    expect(got.body.toString()).toBe('"just text"');
  });

  it("a Content-Type in the caller's per-call headers wins", async () => {
    const operation = post({ type: "application/json", kind: "json" });
    await request(client(server.origin), operation, { body: { a: 1 } }, { headers: { "content-type": "application/json; charset=utf-8" } });
    expect(server.last().headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(server.last().body.toString()).toBe('{"a":1}');
  });

  it("rejects a contentType the operation does not declare, before sending", async () => {
    const before = server.received.length;
    await expect(send(post({ type: "application/json", kind: "json" }), {}, "text/xml")).rejects.toThrow(
      'POST /b: contentType "text/xml" is not one of: application/json',
    );
    expect(server.received.length).toBe(before);
  });

  it("an absent optional body sends no body and no Content-Type", async () => {
    const operation = op({ method: "put", path: "/b", body: { required: false, media: [{ type: "application/json", kind: "json" }] } });
    const { got } = await send(operation, undefined);
    expect(got.body.length).toBe(0);
    expect(got.headers["content-type"]).toBeUndefined();
  });
});

describe("application/x-www-form-urlencoded", () => {
  it("serializes per encoding style/explode/contentType", async () => {
    const operation = post({
      type: "application/x-www-form-urlencoded",
      kind: "form",
      encoding: {
        ids: { style: "form", explode: false },
        meta: { contentType: "application/json" },
        filter: { style: "deepObject", explode: true },
        pipes: { style: "pipeDelimited", explode: false },
        // OpenAPI 3.1.1 §4.8.15.1: an explicit style (or explode) wins over contentType.
        both: { contentType: "application/json", explode: false },
      },
    });
    const { got } = await send(operation, {
      name: "Rex Jr & co",
      tags: ["a", "b"],
      ids: [1, 2],
      meta: { x: 1 },
      filter: { age: 3 },
      pipes: ["p", "q"],
      both: [3, 4],
      skipped: undefined,
    });
    expect(got.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(got.body.toString()).toBe(
      "name=Rex%20Jr%20%26%20co&tags=a&tags=b&ids=1,2&meta=%7B%22x%22%3A1%7D&filter[age]=3&pipes=p%7Cq&both=3,4",
    );
    expect(new URLSearchParams(got.body.toString()).getAll("tags")).toEqual(["a", "b"]);
  });
});

describe("multipart/form-data", () => {
  const operation = post({
    type: "multipart/form-data",
    kind: "multipart",
    encoding: {
      report: { contentType: "text/csv" },
      raw: { contentType: "image/png, image/jpeg" },
      buf: { contentType: "image/*" },
      meta: { contentType: "application/vnd.x+json" },
    },
  });

  it("sends text, JSON, file and byte parts with their types, byte for byte (§4.8.14.4, RFC 7578)", async () => {
    const photo = new File([new Uint8Array([1, 2, 3])], "rex.png", { type: "image/png" });
    const { got, meta } = await send(operation, {
      name: "Rex\nJr",
      age: 3,
      photo,
      raw: new Uint8Array([9, 8, 7]),
      buf: Buffer.from("buffer-bytes"),
      blob: new Blob(["b"]),
      meta: { owner: "ann" },
      list: [{ a: 1 }],
      tags: ["x", "y"],
      report: "a,b\n1,2",
      none: undefined,
      'q"\r\n': true,
    });
    const type = String(got.headers["content-type"]);
    expect(type).toMatch(/^multipart\/form-data; boundary=keyway-[0-9a-f]{24}$/);
    expect(meta?.replayable).toBe(true);
    const b = `--${type.split("boundary=")[1]}`;
    const part = (head: string, content: string) => `${b}\r\nContent-Disposition: form-data; ${head}\r\n\r\n${content}\r\n`;
    expect(got.body.toString("latin1")).toBe(
      [
        part('name="name"', "Rex\r\nJr"),
        part('name="age"', "3"),
        part('name="photo"; filename="rex.png"\r\nContent-Type: image/png', "\x01\x02\x03"),
        part('name="raw"; filename="raw"\r\nContent-Type: image/png', "\x09\x08\x07"),
        part('name="buf"; filename="buf"\r\nContent-Type: application/octet-stream', "buffer-bytes"),
        part('name="blob"; filename="blob"\r\nContent-Type: application/octet-stream', "b"),
        // §4.8.15: a JSON part has a Content-Type and no filename, so no server takes it for a file.
        part('name="meta"\r\nContent-Type: application/vnd.x+json', '{"owner":"ann"}'),
        part('name="list"\r\nContent-Type: application/json', '{"a":1}'),
        part('name="tags"', "x"),
        part('name="tags"', "y"),
        part('name="report"\r\nContent-Type: text/csv', "a,b\n1,2"),
        part('name="q%22%0D%0A"', "true"),
        `${b}--\r\n`,
      ].join(""),
    );
    // What a server's parser makes of it (undici's, Node's fetch): files are files, the rest fields.
    const form = await parseMultipart(got);
    expect(form.get("meta")).toBe('{"owner":"ann"}');
    expect(form.getAll("tags")).toEqual(["x", "y"]);
    const file = form.get("photo") as File;
    expect([file.name, file.type, [...new Uint8Array(await file.arrayBuffer())]]).toEqual(["rex.png", "image/png", [1, 2, 3]]);
  });

  it("refuses a stream part (FormData can not carry one) before sending", async () => {
    const before = server.received.length;
    const operation = post({ type: "multipart/form-data", kind: "multipart" });
    await expect(send(operation, { file: Readable.from(["x"]) })).rejects.toThrow('multipart part "file" is a stream');
    expect(server.received.length).toBe(before);
  });
});

describe("binary", () => {
  const octet = post({ type: "application/octet-stream", kind: "binary" });
  const png = post({ type: "image/png", kind: "binary" });

  it.each([
    ["ArrayBuffer", () => new Uint8Array([0, 255, 1]).buffer],
    ["Uint8Array view into a larger buffer", () => new Uint8Array([7, 0, 255, 1, 7]).subarray(1, 4)],
    ["Buffer", () => Buffer.from([0, 255, 1])],
    ["Blob", () => new Blob([new Uint8Array([0, 255, 1])])],
  ])("%s: exactly its bytes, replayable", async (_, make) => {
    const { got, meta } = await send(octet, make());
    expect([...got.body]).toEqual([0, 255, 1]);
    expect(got.headers["content-type"]).toBe("application/octet-stream");
    expect(meta?.replayable).toBe(true);
  });

  it("a Blob is sent with the declared media type, not its own", async () => {
    const { got } = await send(png, new Blob(["x"], { type: "text/plain" }));
    expect(got.headers["content-type"]).toBe("image/png");
    expect(got.body.toString()).toBe("x");
  });

  it("a Node Readable stream is sent and marked not replayable", async () => {
    const { got, meta } = await send(octet, Readable.from([Buffer.from("chunk1-"), Buffer.from("chunk2")]));
    expect(got.body.toString()).toBe("chunk1-chunk2");
    expect(meta?.replayable).toBe(false);
  });
});

describe("text", () => {
  it("sends the string as UTF-8 with the declared type", async () => {
    const { got } = await send(post({ type: "text/plain", kind: "text" }), "héllo\nworld");
    expect(got.headers["content-type"]).toBe("text/plain");
    expect(got.body.toString("utf8")).toBe("héllo\nworld");
  });
});

describe("replay: resending the same config sends identical bytes (DESIGN §4.6)", () => {
  const cases: [string, BodyMediaDescriptor, unknown][] = [
    ["json", { type: "application/json", kind: "json" }, { a: 1 }],
    ["form", { type: "application/x-www-form-urlencoded", kind: "form" }, { a: "b c" }],
    ["multipart", { type: "multipart/form-data", kind: "multipart" }, { a: "1", f: new Blob(["zz"], { type: "text/x" }) }],
    ["blob", { type: "application/octet-stream", kind: "binary" }, new Blob(["bytes"])],
    ["text", { type: "text/plain", kind: "text" }, "t"],
  ];
  it.each(cases)("%s", async (_, media, body) => {
    const instance = axios.create();
    let retried = false;
    instance.interceptors.response.use(undefined, (error: { config: InternalAxiosRequestConfig; response?: { status: number } }) => {
      if (error.response?.status !== 401 || retried) throw error;
      retried = true;
      return instance.request(error.config);
    });
    let calls = 0;
    server.handle((_req, res) => {
      res.writeHead(++calls === 1 ? 401 : 200, { "content-type": "application/json" });
      res.end("{}");
    });
    try {
      await request(client(server.origin, {}, instance), post(media), { body });
    } finally {
      server.handle((_req, res) => {
        res.end("{}");
      });
    }
    const [first, second] = server.received.slice(-2);
    expect(retried).toBe(true);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers["content-type"]).toBe(first.headers["content-type"]);
    expect(first.body.length).toBeGreaterThan(0);
  });
});
