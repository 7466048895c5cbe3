// keyway's schema printer against astToString on generated documents whose keys, enum values
// and JSDoc texts are drawn from the characters that escaping and comment layout treat
// specially. Seeded: a failure names its seed and repeats.
import type { OpenAPI3 } from "openapi-typescript";
import { expect, test } from "vitest";
import { printBoth, schemaStatements } from "./printers.js";

const PIECES = [
  "a", "Z", "1", "0", "_", "$", "-", ".", " ", "  ", "\t", "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u00a0", "\u200b", "\u3000",
  "\ufeff", "*", "/", "*/", "/*", "@", "\\", '"', "'", "`", "\0", "\x01", "\x1f", "\x7f", "\b", "\v", "\f", "é", "\u{1F600}", "\ud800", "{", "}",
];

/** mulberry32: a small seeded generator, so that the documents are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function documentFor(seed: number): OpenAPI3 {
  const next = random(seed);
  const text = () => Array.from({ length: Math.floor(next() * 12) }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
  const schema = (depth: number): Record<string, unknown> => {
    const properties = Object.fromEntries(
      Array.from({ length: 1 + Math.floor(next() * 4) }, () => [
        text(),
        depth > 0 && next() < 0.3
          ? schema(depth - 1)
          : { type: "string", description: text(), title: text(), example: text(), default: text(), enum: [text(), text()], deprecated: next() < 0.3 },
      ]),
    );
    return { type: "object", description: text(), properties, required: Object.keys(properties).filter(() => next() < 0.5) };
  };
  return { openapi: "3.1.0", info: { title: "fuzz", version: "1" }, paths: {}, components: { schemas: { S: schema(3) } } } as unknown as OpenAPI3;
}

test("400 seeded documents of awkward keys, values and JSDoc print byte for byte as astToString does", () => {
  const differing: number[] = [];
  let fallbacks = 0;
  for (let seed = 1; seed <= 400; seed++) {
    const both = printBoth(schemaStatements(documentFor(seed)));
    fallbacks += both.fallbacks;
    if (both.ours !== both.theirs) differing.push(seed);
  }
  expect(differing).toEqual([]);
  expect(fallbacks).toBe(0);
});
