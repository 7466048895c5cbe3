import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadDocument } from "../../../generator/load/index.js";
import { dig, ROOT, textAt } from "./helpers.js";

const load = (input: string) => loadDocument(input, { cwd: ROOT });

describe("formats are told by content, not by name", () => {
  test("JSON named .json", async () => {
    const doc = await load("fixtures/load/formats/openapi-3.1.json");
    expect(doc.inputVersion).toBe("3.1.0");
    expect(doc.document.components?.schemas?.Maybe).toEqual({ type: ["string", "null"] });
  });

  test("JSON named .yaml", async () => {
    const doc = await load("fixtures/load/formats/json-content.yaml");
    expect(doc.document.info.title).toBe("JSON 3.1");
  });

  test("YAML named .json", async () => {
    const doc = await load("fixtures/load/formats/yaml-content.json");
    expect(doc.document.info.title).toBe("YAML named .json");
    expect(doc.document.paths).toEqual({});
  });

  test("YAML anchors and merge keys are expanded", async () => {
    const doc = await load("fixtures/load/formats/anchors.yaml");
    expect(dig(doc.document, "paths", "/b", "get")).toEqual({ operationId: "b", responses: { "200": { description: "ok" } } });
  });

  test("OpenAPI 3.1 without paths (webhooks only) is valid", async () => {
    const doc = await load("fixtures/load/formats/webhooks-only.yaml");
    expect(doc.document.paths).toBeUndefined();
    expect(dig(doc.document, "webhooks", "newPet", "post", "requestBody", "content", "application/json", "schema")).toEqual({ $ref: "#/components/schemas/Pet" });
  });
});

describe("what load hands on", () => {
  test("sha256 of the raw entry bytes, files, source as given", async () => {
    const input = "fixtures/load/formats/openapi-3.1.json";
    const doc = await load(input);
    const bytes = readFileSync(path.join(ROOT, input));
    expect(doc.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(doc.source).toBe(input);
    expect(doc.files).toEqual([path.join(ROOT, input)]);
  });

  test("locate gives file, pointer, line and column in YAML", async () => {
    const input = "fixtures/load/formats/webhooks-only.yaml";
    const doc = await load(input);
    const at = doc.locate("#/components/schemas/Pet");
    expect(at).toEqual({ file: input, pointer: "#/components/schemas/Pet", line: 15, column: 5 });
    expect(textAt(readFileSync(path.join(ROOT, input), "utf8"), at.line!, at.column!)).toBe("Pet:");
  });

  test("locate in JSON, with escaped pointer segments", async () => {
    const input = "fixtures/load/formats/openapi-3.1.json";
    const doc = await load(input);
    const at = doc.locate("#/paths/~1ping/get/responses/204");
    expect(at).toEqual({ file: input, pointer: "#/paths/~1ping/get/responses/204", line: 9, column: 11 });
  });

  test("locate of a pointer that does not exist stops at its deepest existing part", async () => {
    const doc = await load("fixtures/load/formats/openapi-3.1.json");
    expect(doc.locate("#/paths/~1ping/post")).toMatchObject({ pointer: "#/paths/~1ping/post", line: 5, column: 5 });
    expect(doc.locate("#")).toMatchObject({ pointer: "#", line: 1, column: 1 });
  });
});

describe("entryAsParsed: whether the document is the entry exactly as parsed", () => {
  const temp = mkdtempSync(path.join(tmpdir(), "keyway-entry-"));
  const write = (name: string, value: unknown) => {
    writeFileSync(path.join(temp, name), JSON.stringify(value));
    return path.join(temp, name);
  };
  const info = { title: "t", version: "1" };

  test("a JSON entry with internal refs only is, and its value is handed over as soon as parsed", async () => {
    const seen: unknown[] = [];
    const doc = await loadDocument("fixtures/load/formats/openapi-3.1.json", { cwd: ROOT, onEntryParsed: (value) => seen.push(value) });
    expect(doc.entryAsParsed).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(doc.document);
  });

  test("a YAML entry is too", async () => {
    expect((await load("fixtures/load/formats/anchors.yaml")).entryAsParsed).toBe(true);
  });

  test("an entry that fails its checks was still handed over, then rejected", async () => {
    const seen: unknown[] = [];
    const entry = write("broken.json", { openapi: "3.1.0", info, paths: { "/a": { get: { responses: { "200": { $ref: "#/nowhere" } } } } } });
    await expect(loadDocument(entry, { cwd: ROOT, onEntryParsed: (value) => seen.push(value) })).rejects.toThrow();
    expect(seen).toHaveLength(1);
  });

  test("a JSON entry with an external ref bundled in is not", async () => {
    write("shared.json", { Name: { type: "string" } });
    const entry = write("bundled.json", {
      openapi: "3.1.0",
      info,
      paths: {},
      components: { schemas: { Name: { $ref: "./shared.json#/Name" } } },
    });
    const doc = await load(entry);
    expect(doc.document.components?.schemas?.Name).toEqual({ type: "string" });
    expect(doc.entryAsParsed).toBe(false);
  });

  test("a Swagger 2.0 JSON entry, converted, is not", async () => {
    const entry = write("swagger.json", { swagger: "2.0", info, paths: {} });
    const doc = await load(entry);
    expect(doc.document.openapi).toMatch(/^3\./);
    expect(doc.entryAsParsed).toBe(false);
  });
});
