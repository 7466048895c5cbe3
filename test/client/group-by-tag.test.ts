// `--group-by tag`: one operations file per tag and one namespace per tag on the client
// (`api.pet.getPetById`), for every real public document (test/support/documents.ts); each must still
// type-check with 0 errors under tsc --strict (the ungrouped run is test/client/real-specs).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REAL_DOCUMENT_NAMES, REAL_DOCUMENTS } from "../support/documents.js";
import { generate } from "../support/generate.js";
import { typecheck } from "../support/typecheck.js";
import { startRecorder, type Recorder } from "../support/recorder.js";

type Client = Record<string, Record<string, (args?: unknown) => Promise<unknown>>>;

describe("petstore grouped by tag", () => {
  let server: Recorder;
  beforeAll(async () => {
    server = await startRecorder();
  });
  afterAll(async () => {
    await server?.close();
  });

  test("per-tag files, and api.<tag>.<operation> calls the right route", async () => {
    const { output } = await generate("coverage/tag-petstore", REAL_DOCUMENTS["petstore.yaml"], { groupBy: "tag", format: false });
    expect(readdirSync(join(output, "operations")).sort()).toEqual(["pet.ts", "store.ts", "user.ts"]);
    const module = (await import(join(output, "index.ts"))) as { createClient(options: object): Client };
    const api = module.createClient({ baseURL: server.url, auth: { api_key: "k" } });
    server.reply("/pet/5", { status: 200, headers: { "content-type": "application/json" }, body: '{"id":5,"name":"Rex","photoUrls":[]}' });
    expect(await api.pet.getPetById({ path: { petId: 5 } })).toEqual({ id: 5, name: "Rex", photoUrls: [] });
    expect([server.last().method, server.last().url, server.last().headers.api_key]).toEqual(["GET", "/pet/5", "k"]);
    expect(typeof api.store.getInventory).toBe("function");
    expect(api.getPetById).toBeUndefined();
  });
});

describe.each(REAL_DOCUMENT_NAMES)("%s with --group-by tag", (file) => {
  test("generates and type-checks with 0 errors", { timeout: 300_000 }, async () => {
    const { output } = await generate(`coverage/tag-${file}`, REAL_DOCUMENTS[file], { groupBy: "tag" });
    expect(existsSync(join(output, "operations"))).toBe(true);
    expect(await typecheck(output, { moduleResolution: "nodenext", dom: false })).toEqual([]);
  });
});
