// Spec text never becomes code: a document whose names, descriptions, enums, defaults, paths
// and server URLs try to close comments and strings must give code that type-checks and,
// when loaded and called, runs none of what the document wrote.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { generate } from "../support/generate.js";
import { typecheck } from "../support/typecheck.js";

const pwned = () => (globalThis as { pwned?: unknown }).pwned;
let output: string;

beforeAll(async () => {
  ({ output } = await generate("hostile", "fixtures/hostile/injection.yaml"));
});
afterEach(() => {
  delete (globalThis as { pwned?: unknown }).pwned;
});

describe("a hostile document", () => {
  test.each([
    { moduleResolution: "nodenext", dom: false },
    { moduleResolution: "bundler", dom: true },
  ] as const)("generates code that type-checks ($moduleResolution)", async (setup) => {
    expect(await typecheck(output, setup)).toEqual([]);
  });

  test("loading the client executes nothing from the document", async () => {
    const module = (await import(join(output, "index.ts"))) as { createClient: (o: object) => object };
    const client = module.createClient({ baseURL: "http://127.0.0.1:9" });
    expect(Object.keys(client).sort()).toEqual(["constructor_", "delete_", "globalThisPwnedOpid", "proto"]);
    expect(Object.getPrototypeOf(client)).toBe(Object.prototype);
    expect(pwned()).toBeUndefined();
  });

  test("reserved words and __proto__ become safe, distinct names", () => {
    const operations = readFileSync(join(output, "operations.ts"), "utf8");
    expect(operations).toMatch(/export function delete_\(/);
    expect(operations).toMatch(/export function constructor_\(/);
    expect(operations).toMatch(/export function proto\(/);
    expect(operations).toMatch(/export function globalThisPwnedOpid\(/);
  });

  test("a security scheme named __proto__ stays a scheme, not a prototype", () => {
    const security = readFileSync(join(output, "security.ts"), "utf8");
    expect(security).toContain('["__proto__"]: {');
    expect(security).toContain(`name: "X-Key\\"; globalThis.pwned = 'scheme'; \\""`);
  });

  test("no comment in the emitted files is closed early by spec text", () => {
    for (const file of ["operations.ts", "client.ts", "index.ts", "security.ts", "schema.ts"]) {
      const text = readFileSync(join(output, file), "utf8");
      // Every `globalThis.pwned` the document wrote must sit inside a comment or a string:
      // strip both and nothing may remain.
      const code = text
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
        .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
        .replace(/`(?:[^`\\]|\\.)*`/g, "``");
      expect(code, file).not.toContain("pwned");
    }
  });
});
