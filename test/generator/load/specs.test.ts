// Real public documents (pinned npm packages, test/support/documents.ts) all load, and their
// positions are exact.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadDocument } from "../../../generator/load/index.js";
import { parsePointer } from "../../../generator/load/pointer.js";
import { REAL_DOCUMENT_NAMES, REAL_DOCUMENTS } from "../../support/documents.js";
import { ROOT, textAt } from "./helpers.js";

const specs = [...REAL_DOCUMENT_NAMES].sort();

/** A few pointers per document whose key must sit exactly at the reported line and column. */
const probes: Record<string, string[]> = {
  "github.json": ["#/paths/~1repos~1{owner}~1{repo}/get", "#/components/schemas/repository/properties/name", "#/servers/0"],
  "stripe.json": ["#/components/securitySchemes/bearerAuth", "#/paths/~1v1~1charges/post/requestBody"],
  "spotify.json": ["#/components/securitySchemes/oauth_2_0", "#/paths/~1albums~1{id}/get/security/0"],
  "petstore.yaml": ["#/components/securitySchemes/petstore_auth/flows/implicit", "#/paths/~1pet/put/requestBody"],
};

describe("real public documents", () => {
  test("the set of documents is the one this test knows", () => {
    expect(specs).toEqual(Object.keys(probes).sort());
  });

  test.each(specs)("%s loads, with its hash and version", async (name) => {
    const file = REAL_DOCUMENTS[name];
    const input = path.relative(ROOT, file);
    const doc = await loadDocument(input, { cwd: ROOT });
    expect(doc.sha256).toBe(createHash("sha256").update(readFileSync(file)).digest("hex"));
    expect(doc.inputVersion).toMatch(/^3\.[01]\.\d+$/);
    expect(doc.files).toEqual([file]);
    expect(Object.keys(doc.document.paths ?? {}).length).toBeGreaterThan(10);

    const text = readFileSync(file, "utf8");
    for (const pointer of probes[name]) {
      const at = doc.locate(pointer);
      expect(at.file).toBe(input);
      expect(at.pointer).toBe(pointer);
      const key = parsePointer(pointer).at(-1) ?? "";
      // JSON keys sit in quotes; YAML keys bare or quoted; array items at their value.
      const here = textAt(text, at.line ?? 0, at.column ?? 0);
      const starts = /^\d+$/.test(key) ? here.length > 0 : [`"${key}"`, `${key}:`, `'${key}'`].some((k) => here.startsWith(k));
      expect(starts, `${name}${pointer} -> ${at.line}:${at.column}: ${here.slice(0, 40)}`).toBe(true);
    }
  });
});
