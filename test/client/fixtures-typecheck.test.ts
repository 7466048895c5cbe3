// Every feature fixture generates a client that tsc --strict accepts with 0 errors, plain
// and grouped by tag, and warns exactly as expected (the warnings are the honest list of
// what is not supported; see fixtures/versions/unsupported.yaml).
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { generate, repoRoot, tmpDir } from "../support/generate.js";
import { markedAndReported, typecheck } from "../support/typecheck.js";

const folders = ["params", "bodies", "responses", "names", "docs", "versions"];
const fixtures = folders.flatMap((folder) =>
  readdirSync(join(repoRoot, "fixtures", folder))
    .filter((file) => file.endsWith(".yaml"))
    .sort()
    .map((file) => `${folder}/${file}`),
);

test("there is a fixture per feature folder", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(20);
});

test("every fixture generates, plain and by tag, and tsc --strict finds no errors but the marked ones", { timeout: 300_000 }, async () => {
  const root = tmpDir("coverage/typecheck");
  for (const fixture of fixtures) {
    const name = fixture.replace(/\W+/g, "-");
    await generate(`coverage/typecheck/${name}`, `fixtures/${fixture}`, { format: false });
    await generate(`coverage/typecheck/${name}-by-tag`, `fixtures/${fixture}`, { format: false, groupBy: "tag" });
  }
  // Distinct file names: marks and diagnostics are keyed by the file's name.
  const binary = join(root, "bodies-binary-and-text-yaml", "binary-usage.ts");
  const repeatedId = join(root, "names-duplicate-operation-ids-yaml", "repeated-id-usage.ts");
  writeFileSync(binary, BINARY_USAGE);
  writeFileSync(repeatedId, REPEATED_ID_USAGE);
  const errors = await typecheck(root, { moduleResolution: "nodenext", dom: true });
  const marked = [binary, repeatedId].flatMap((usage) => markedAndReported(usage, errors).marked).sort();
  expect(marked).toHaveLength(2);
  expect(markedAndReported(binary, errors).reported).toEqual(marked);
});

/** Every kind of bytes a caller may hold is accepted as a binary body, without a cast. */
const BINARY_USAGE = `
import { Readable } from "node:stream";
import { createClient, putBlob, postNote } from "./index.js";
const api = createClient({ baseURL: "http://127.0.0.1:1" });
export async function use(): Promise<void> {
  for (const body of [new Blob(["x"]), new Uint8Array([1]), Buffer.from("x"), new ArrayBuffer(1), new DataView(new ArrayBuffer(1)), Readable.from(["x"])]) {
    await putBlob(api, { path: { name: "n" }, body });
  }
  await postNote(api, { body: "text" });
  // a text body is a string
  await postNote(api, { body: 1 }); // expected error TS2322
}
`;

test("the unsupported-features fixture prints one warning per feature", async () => {
  const { warnings } = await generate("coverage/unsupported", "fixtures/versions/unsupported.yaml", { format: false });
  expect(warnings).toEqual([
    "#/webhooks: webhooks are not supported: no code is generated for them (their types are in schema.ts)",
    "#/paths/~1subscribe/post/callbacks: callbacks are not supported: no code is generated for them",
    "#/paths/~1subscribe/post/responses/201/links: links are not supported: no code is generated for them",
    "#/paths/~1unsubscribe/delete/parameters/0: cookie parameter 'session' is sent in a Cookie header, which browsers do not let scripts set: it works from Node, not from a browser",
    "#/paths/~1unsubscribe/delete/parameters/1/content: parameter 'where' has content 'application/xml'; it is sent JSON-encoded (only JSON and text/* are understood)",
    "#/paths/~1feed/servers: relative servers of a path item or operation are not used: calls go to the client's baseURL",
    "#/paths/~1feed/post/requestBody/content/application~1xml: 'application/xml' bodies are sent as the string you pass: keyway does not serialize objects to XML",
    "#/paths/~1feed/post/requestBody/content/multipart~1form-data/encoding/file/headers: per-part headers of 'file' are not sent: multipart parts carry only their Content-Type",
  ]);
});

/** Two operations with one operationId: each method has its own operation's types. */
const REPEATED_ID_USAGE = `
import { createClient, getThing, getThing2 } from "./index.js";
const api = createClient({ baseURL: "http://127.0.0.1:1" });
export async function use(): Promise<void> {
  await getThing(api, {});
  await getThing2(api, { query: { q: "x" } });
  // /b's q is required
  await getThing2(api, { query: {} }); // expected error TS2741
}
`;
