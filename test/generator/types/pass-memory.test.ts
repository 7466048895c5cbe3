// --watch keeps schema.ts's passes between runs (generator/types/pass-memory.ts). Whatever
// the edit, the text printed with last run's passes must be the text a fresh print of the
// edited document gives; and an edit must print again only the passes it can have changed.
import type { OpenAPI3 } from "openapi-typescript";
import { describe, expect, test } from "vitest";
import { loadDocument } from "../../../generator/load/index.js";
import { renderSchemaTypes } from "../../../generator/types/index.js";
import { keyOf, PassMemory } from "../../../generator/types/pass-memory.js";
import { REAL_DOCUMENTS } from "../../support/documents.js";
import { at, EDITS, watchDocument } from "../../support/watch-edits.js";

// Each print gets its own copy: the discriminator scan patches enums into the document it walks.
const fresh = (document: object) => renderSchemaTypes(structuredClone(document) as OpenAPI3);
const remembered = (document: object, memory: PassMemory) => renderSchemaTypes(structuredClone(document) as OpenAPI3, undefined, undefined, memory);

describe("schema.ts printed with the passes kept from the last run", () => {
  test("equals a fresh print after each edit, edits applied one after another", () => {
    const memory = new PassMemory();
    const document = watchDocument();
    expect(remembered(document, memory)).toBe(fresh(document));
    for (const [what, edit, sameTypes] of EDITS) {
      const before = fresh(document);
      edit(document);
      const expected = fresh(document);
      expect(expected === before, `${what} leaves schema.ts as it was`).toBe(sameTypes === true);
      expect(remembered(document, memory), what).toBe(expected);
    }
  });

  test("an unchanged document prints nothing again; an operation's own edit prints its path item alone", () => {
    const memory = new PassMemory();
    const document = watchDocument();
    remembered(document, memory);
    const passes = memory.stats.printed;
    expect(passes).toBeGreaterThan(10);
    remembered(document, memory);
    expect(memory.stats).toEqual({ reused: passes, printed: 0 });
    EDITS[0]![1](document);
    remembered(document, memory);
    expect(memory.stats).toEqual({ reused: passes - 1, printed: 1 });
  });

  test("a component's edit prints again the passes that resolved it, and no other", () => {
    const memory = new PassMemory();
    const document = watchDocument();
    remembered(document, memory);
    // Without readOnly/writeOnly in the document nothing resolves Money (refs to it are
    // printed as refs): its own pass alone.
    at(document, "components", "schemas", "Money", "properties", "amount").type = "integer";
    expect(remembered(document, memory)).toBe(fresh(document));
    expect(memory.stats.printed).toBe(1);
    // A shared parameter is resolved by each path item that lists it (for its name and
    // place): its own pass, /orders' and /pets', whether or not their text changes.
    at(document, "components", "parameters", "Limit").schema = { type: "string" };
    expect(remembered(document, memory)).toBe(fresh(document));
    expect(memory.stats.printed).toBe(3);
  });

  test("values JSON prints alike (NaN, Infinity, null; -0 and 0) are told apart; a Date is printed afresh", () => {
    const memory = new PassMemory();
    const document = watchDocument();
    const amount = at(document, "components", "schemas", "Money", "properties", "amount");
    for (const value of [null, NaN, Infinity, -Infinity, 0, -0, 1]) {
      amount.default = value;
      expect(remembered(document, memory), String(value)).toBe(fresh(document));
    }
    amount.example = new Date(0);
    expect(remembered(document, memory)).toBe(fresh(document));
    expect(memory.stats.printed).toBeGreaterThanOrEqual(1);
    expect([NaN, Infinity, null, -0, 0, undefined, [undefined], [null]].map(keyOf).every((key, i, all) => all.indexOf(key) === i)).toBe(true);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect([new Date(0), cyclic, 1n, { "\u0000keyway": "NaN" }].map(keyOf)).toEqual([undefined, undefined, undefined, undefined]);
  });

  test.each([
    ["petstore", REAL_DOCUMENTS["petstore.yaml"]],
    ["spotify", REAL_DOCUMENTS["spotify.json"]],
  ])("%s: the first print and one after a component gains a property equal fresh prints", async (_, file) => {
    const { document } = await loadDocument(file, { cwd: process.cwd() });
    const memory = new PassMemory();
    expect(remembered(document, memory)).toBe(fresh(document));
    const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: Record<string, unknown> }>;
    const target = Object.values(schemas).find((schema) => schema.properties !== undefined);
    target!.properties!.addedByTest = { type: "string" };
    expect(remembered(document, memory)).toBe(fresh(document));
    expect(memory.stats.reused).toBeGreaterThan(0);
  });
});
