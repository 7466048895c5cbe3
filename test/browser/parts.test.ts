// In Chromium, as a web app bundles the client (esbuild, axios's browser build): a multipart
// body goes out exactly as in Node (a JSON part with its Content-Type and no filename, a File
// with its name, a Blob named after its property, plain fields), and declared response
// headers arrive parsed to their schema types. The server is node:http on 127.0.0.1.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../support/generate.js";
import { startRecorder, type Recorder } from "../support/recorder.js";
import { bundleWebApp, launch } from "./support/browser.js";

interface PartsApp {
  createProfile(args: object): Promise<unknown>;
  getQuotaWithResponse(): Promise<{ status: number; headers: Record<string, unknown> }>;
}
declare global {
  interface Window {
    kwParts: { createClient(o: { baseURL: string }): PartsApp };
    kwHeaders: { createClient(o: { baseURL: string }): PartsApp };
  }
}

async function bundle(): Promise<string> {
  const [parts, headers] = await Promise.all([
    generate("browser-parts/multipart", "fixtures/bodies/multipart-defaults.yaml"),
    generate("browser-parts/headers", "fixtures/responses/typed-headers.yaml"),
  ]);
  const entry = [
    `import * as parts from ${JSON.stringify(join(parts.output, "index.ts"))};`,
    `import * as headers from ${JSON.stringify(join(headers.output, "index.ts"))};`,
    "window.kwParts = parts; window.kwHeaders = headers;",
  ].join("\n");
  return bundleWebApp(entry);
}

let browser: Browser;
let server: Recorder;
let page: Page;
beforeAll(async () => {
  let script: string;
  [script, browser, server] = await Promise.all([bundle(), launch(), startRecorder()]);
  server.reply("/app.js", { status: 200, headers: { "content-type": "text/javascript" }, body: script });
  server.reply("/app.html", { status: 200, headers: { "content-type": "text/html" }, body: '<!doctype html><script src="/app.js"></script>' });
  page = await browser.newPage();
  await page.goto(`${server.url}/app.html`);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("in Chromium", () => {
  it("a multipart body: JSON part without filename, File with its name, Blob named after its part, fields as text", async () => {
    for (let run = 0; run < 5; run++) {
      await page.evaluate(async () => {
        const api = window.kwParts.createClient({ baseURL: location.origin });
        await api.createProfile({
          body: {
            name: "Ann\nLee",
            age: 30,
            avatar: new File([new Uint8Array([137, 80, 78, 71])], "ann.png", { type: "image/png" }),
            settings: { theme: "dark" },
            tags: ["a", "b"],
          },
        });
        await api.createProfile({
          body: { avatar: new Blob(["x"]), settings: [] },
        });
      });
      const [full, bare] = server.requests.slice(-2);
      const type = String(full.headers["content-type"]);
      expect(type).toMatch(/^multipart\/form-data; boundary=keyway-[0-9a-f]{24}$/);
      const b = `--${type.split("boundary=")[1]}`;
      const part = (head: string, content: string) => `${b}\r\nContent-Disposition: form-data; ${head}\r\n\r\n${content}\r\n`;
      expect(full.body.toString("latin1")).toBe(
        [
          part('name="name"', "Ann\r\nLee"),
          part('name="age"', "30"),
          part('name="avatar"; filename="ann.png"\r\nContent-Type: image/png', "\x89PNG"),
          part('name="settings"\r\nContent-Type: application/json', '{"theme":"dark"}'),
          part('name="tags"', "a"),
          part('name="tags"', "b"),
          `${b}--\r\n`,
        ].join(""),
      );
      const b2 = `--${String(bare.headers["content-type"]).split("boundary=")[1]}`;
      expect(bare.body.toString("latin1")).toBe(
        `${b2}\r\nContent-Disposition: form-data; name="avatar"; filename="avatar"\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n` +
          `${b2}--\r\n`,
      );
    }
  });

  it("declared response headers arrive parsed; undeclared ones as sent", async () => {
    server.reply("/quota", {
      status: 200,
      headers: { "content-type": "application/json", "X-Rate-Limit-Remaining": "42", "X-Ids": "1, 2", "X-Cached": "true", "X-Region": "007" },
      body: "{}",
    });
    const res = await page.evaluate(async () => {
      const api = window.kwHeaders.createClient({ baseURL: location.origin });
      const r = await api.getQuotaWithResponse();
      return { status: r.status, headers: r.headers };
    });
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({ "x-rate-limit-remaining": 42, "x-ids": [1, 2], "x-cached": true, "x-region": "007" });
  });
});
