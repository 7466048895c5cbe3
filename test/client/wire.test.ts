// What Prism can not judge (see prism.test.ts), checked byte for byte on a node:http server:
// the comma-separated rows of the style table, repeated names in form and multipart bodies,
// JSON parts, cookies, binary and text bodies and responses, response headers, statuses.
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generate } from "../support/generate.js";
import { startRecorder, type Recorder } from "../support/recorder.js";

type Method = (args?: unknown) => Promise<unknown>;
type Client = Record<string, Method>;
interface Module {
  createClient(options: { baseURL: string }): Client;
}

let server: Recorder;
beforeAll(async () => {
  server = await startRecorder();
});
afterAll(async () => {
  await server?.close();
});

async function clientFor(fixture: string): Promise<Client> {
  const { output } = await generate(`coverage/wire-${fixture.replace(/\W+/g, "-")}`, `fixtures/${fixture}.yaml`, { format: false });
  const module = (await import(`${output}/index.ts`)) as Module;
  return module.createClient({ baseURL: server.url });
}

describe("path parameters, the comma-separated rows of the style table (§4.8.12.4)", () => {
  const arr = ["blue", "black", "brown"];
  const obj = { R: 100, G: 200, B: 150 };
  const cases = [
    { operation: "simpleArrayObject", want: "/simple/blue,black,brown/R,100,G,200,B,150" },
    { operation: "simpleExplode", want: "/simple-explode/blue,black,brown/R=100,G=200,B=150" },
    { operation: "labelArrayObject", want: "/label/.blue,black,brown/.R,100,G,200,B,150" },
    { operation: "labelExplodeObject", want: "/label-explode/.R=100.G=200.B=150" },
    { operation: "matrixArrayObject", want: "/matrix/;arr=blue,black,brown/;obj=R,100,G,200,B,150" },
    { operation: "matrixExplodeObject", want: "/matrix-explode/;R=100;G=200;B=150" },
  ];
  test.each(cases)("$operation -> $want", async ({ operation, want }) => {
    const client = await clientFor("params/path-arrays-objects");
    await client[operation]({ path: { arr, obj } });
    expect(server.last().url).toBe(want);
  });

  test("a value with reserved characters, spaces and unicode stays one segment", async () => {
    const client = await clientFor("params/path-styles");
    await client.encodedPathValue({ path: { name: "a b/ç?d#e%f&g" } });
    expect(server.last().url).toBe("/encoded/a%20b%2F%C3%A7%3Fd%23e%25f%26g");
  });
});

describe("query, header and cookie parameters", () => {
  test("form (exploded and not), spaceDelimited, pipeDelimited, allowReserved", async () => {
    const client = await clientFor("params/query-styles");
    await client.formStyle({ query: { prim: "blue green", num: 1.5, flag: false, exploded: ["a", "b"], joined: [1, 2], color: { r: 1, g: 2, b: 3 } } });
    expect(server.last().url).toBe("/form?prim=blue%20green&num=1.5&flag=false&exploded=a&exploded=b&joined=1,2&color=r,1,g,2,b,3");
    await client.delimitedStyles({ query: { spaced: ["a", "b"], piped: [1, 2] } });
    expect(server.last().url).toBe("/delimited?spaced=a%20b&piped=1%7C2");
    const reserved = await clientFor("params/allow-reserved");
    await reserved.listFiles({ query: { prefix: "docs/2024:q1", plain: "a/b:c" } });
    expect(server.last().url).toBe("/files?prefix=docs/2024:q1&plain=a%2Fb%3Ac");
  });

  test("deepObject", async () => {
    const client = await clientFor("params/deep-object");
    server.reply("/search", { status: 200, headers: { "content-type": "application/json" }, body: "[]" });
    await client.search({ query: { filter: { status: "sold", min_age: 2 } } });
    expect(decodeURI(server.last().url)).toBe("/search?filter[status]=sold&filter[min_age]=2");
  });

  test("headers (simple, exploded objects) and cookies in one Cookie header", async () => {
    const client = await clientFor("params/header-cookie");
    await client.headerStyles({
      header: { "X-Request-Id": "id-1", "X-Count": 3, "X-Tags": ["a", "b"], "X-Color": { R: 1, G: 2, B: 3 }, "X-Color-Exploded": { R: 1, G: 2, B: 3 } },
    });
    const { headers } = server.last();
    expect([headers["x-request-id"], headers["x-count"], headers["x-tags"], headers["x-color"], headers["x-color-exploded"]]).toEqual([
      "id-1",
      "3",
      "a,b",
      "R,1,G,2,B,3",
      "R=1,G=2,B=3",
    ]);
    await client.cookieParams({ cookie: { session: "abc 1", theme: "dark" } });
    expect(server.last().headers.cookie).toBe("session=abc%201; theme=dark");
  });

  test("a content parameter goes out as one JSON value", async () => {
    const client = await clientFor("params/content-params");
    await client.searchByJson({ query: { filter: { kind: "a&b", limit: 2 } } });
    expect(decodeURIComponent(server.last().url)).toBe('/search?filter={"kind":"a&b","limit":2}');
    // §4.8.12: `content` says how the value is represented; text/plain text is the string itself.
    await client.searchByText({ query: { q: "a b" } });
    expect(server.last().url).toBe("/raw?q=a%20b");
  });
});

describe("bodies", () => {
  test("form: exploded arrays repeat the name; multipart: one part per item, several files", async () => {
    const client = await clientFor("bodies/repeated-names");
    await client.updateTags({ body: { tags: ["a b", "c&d"] } });
    expect(server.last().body.toString()).toBe("tags=a%20b&tags=c%26d");
    await client.uploadGallery({ body: { images: [new Blob(["one"]), new Uint8Array([50, 50])], album: "x", tags: ["p", "q"] } });
    const body = server.last().body.toString();
    expect(body.match(/; name="images"/g)).toHaveLength(2);
    expect(body.match(/name="tags"\r\n\r\n[pq]\r\n/g)).toHaveLength(2);
    expect(body).toContain("\r\n\r\none\r\n");
    // A Blob has no name: the part is named after its property (a file part needs a filename).
    expect(body.match(/name="images"; filename="images"\r\nContent-Type: application\/octet-stream\r\n/g)).toHaveLength(2);
    await client.uploadGallery({ body: { images: [new File(["x"], "cat.png", { type: "image/png" })], album: "x" } });
    expect(server.last().body.toString()).toMatch(/name="images"; filename="cat.png"\r\nContent-Type: image\/png\r\n/);
    expect(body).toContain("\r\n\r\n22\r\n");
  });

  test("multipart: an Encoding contentType makes a JSON part and retypes a file part (§4.8.15)", async () => {
    const client = await clientFor("bodies/multipart-json-part");
    await client.uploadDocument({ body: { file: new Uint8Array([1, 2, 3]), meta: { album: "a", public: true } } });
    const body = server.last().body.toString("latin1");
    // No filename on the JSON part: Spring, FastAPI and multer take a part with one for a file.
    expect(body).toContain('\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n{"album":"a","public":true}\r\n');
    expect(body).toContain('\r\nContent-Disposition: form-data; name="file"; filename="file"\r\nContent-Type: image/png\r\n\r\n\x01\x02\x03\r\n');
  });

  test("binary bodies are sent byte for byte; text as is; the caller picks among several media types", async () => {
    const binary = await clientFor("bodies/binary-and-text");
    const bytes = new Uint8Array([0, 255, 13, 10, 128]);
    await binary.putBlob({ path: { name: "x" }, body: bytes });
    expect([...server.last().body]).toEqual([...bytes]);
    expect(server.last().headers["content-type"]).toBe("application/octet-stream");
    // A Node stream is sent once (not replayable); Node's Buffer is a typed array.
    await binary.putBlob({ path: { name: "s" }, body: Readable.from([Buffer.from(bytes)]) });
    expect([...server.last().body]).toEqual([...bytes]);
    await binary.putBlob({ path: { name: "b" }, body: Buffer.from([7, 8]) });
    expect([...server.last().body]).toEqual([7, 8]);
    await binary.postNote({ body: "héllo\n" });
    expect([server.last().body.toString(), server.last().headers["content-type"]]).toEqual(["héllo\n", "text/plain"]);
    const several = await clientFor("bodies/several-media");
    server.reply("/pets", { status: 201, headers: { "content-type": "application/json" }, body: '{"name":"Rex"}' });
    await several.addPet({ body: { name: "Rex", age: 2 } });
    expect([server.last().headers["content-type"], server.last().body.toString()]).toEqual(["application/json", '{"name":"Rex","age":2}']);
    await several.addPet({ contentType: "application/x-www-form-urlencoded", body: { name: "Rex", age: 2 } });
    expect(server.last().body.toString()).toBe("name=Rex&age=2");
  });
});

describe("responses", () => {
  test("binary responses resolve with the exact bytes, text with the string", async () => {
    const client = await clientFor("responses/binary-and-text");
    server.reply("/avatar", { status: 200, headers: { "content-type": "image/png" }, body: new Uint8Array([137, 80, 0, 255]) });
    const avatar = await client.getAvatar();
    expect(avatar).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(avatar as ArrayBuffer)]).toEqual([137, 80, 0, 255]);
    server.reply("/report", { status: 200, headers: { "content-type": "text/csv" }, body: "a,b\n1,2\n" });
    expect(await client.getReport()).toBe("a,b\n1,2\n");
  });

  test("WithResponse: status and declared headers; several 2xx tell apart by status", async () => {
    const client = await clientFor("responses/headers");
    server.reply("/pets", { status: 201, headers: { Location: "https://x/pets/1", "X-Total-Count": "7" } });
    const created = (await client.createPetWithResponse({ body: { name: "Rex" } })) as { status: number; data: unknown; headers: Record<string, string> };
    expect([created.status, created.data, created.headers.location]).toEqual([201, undefined, "https://x/pets/1"]);
    server.reply("/pets", { status: 200, headers: { "content-type": "application/json", "X-Total-Count": "42" }, body: '["Rex"]' });
    const page = (await client.listPetsWithResponse()) as { status: number; data: unknown; headers: Record<string, string> };
    expect([page.status, page.data, page.headers["x-total-count"]]).toEqual([200, ["Rex"], 42]);
    // Declared on the 200 only: the 201 leaves it as sent.
    expect(created.headers["x-total-count"]).toBe("7");
  });

  test("204 resolves undefined; a declared 4XX rejects with ApiError; `default` alone is success", async () => {
    const client = await clientFor("responses/statuses");
    server.reply("/jobs/1", { status: 204 });
    expect(await client.deleteJob({ path: { id: 1 } })).toBeUndefined();
    server.reply("/jobs/2", { status: 404, headers: { "content-type": "application/json" }, body: '{"title":"gone"}' });
    await expect(client.getJob({ path: { id: 2 } })).rejects.toMatchObject({ name: "ApiError", status: 404, data: { title: "gone" } });
    server.reply("/ping", { status: 200, headers: { "content-type": "application/json" }, body: '{"pong":true}' });
    expect(await client.ping()).toEqual({ pong: true });
  });
});
