// Header Object (OpenAPI 3.1 §4.8.21): how each declared response header is parsed, given/want.
import { describe, expect, test } from "vitest";
import type { HeaderParse } from "../../../runtime/descriptors.js";
import { oneOperation, type TestCase } from "./build.js";

describe("Header Object (OpenAPI 3.1 §4.8.21)", () => {
  const cases: TestCase<Record<string, unknown>, HeaderParse | undefined>[] = [
    { name: "integer", given: { schema: { type: "integer" } }, want: "integer" },
    { name: "number", given: { schema: { type: "number", format: "float" } }, want: "number" },
    { name: "boolean", given: { schema: { type: "boolean" } }, want: "boolean" },
    { name: "3.1 type list with null", given: { schema: { type: ["integer", "null"] } }, want: "integer" },
    { name: "string stays text", given: { schema: { type: "string", format: "date-time" } }, want: undefined },
    { name: "array of integers (style simple: comma-separated)", given: { schema: { type: "array", items: { type: "integer" } } }, want: "integer[]" },
    { name: "array of strings", given: { schema: { type: "array", items: { type: "string" } } }, want: "string[]" },
    { name: "array items through $ref", given: { schema: { type: "array", items: { $ref: "#/components/schemas/N" } } }, want: "number[]" },
    { name: "schema through $ref", given: { schema: { $ref: "#/components/schemas/N" } }, want: "number" },
    { name: "array of objects stays text", given: { schema: { type: "array", items: { type: "object" } } }, want: undefined },
    { name: "object stays text", given: { schema: { type: "object" } }, want: undefined },
    { name: "composition stays text", given: { schema: { oneOf: [{ type: "integer" }, { type: "string" }] } }, want: undefined },
    { name: "two types stay text", given: { schema: { type: ["integer", "string"] } }, want: undefined },
    { name: "no schema stays text", given: {}, want: undefined },
    { name: "JSON content (§4.8.12.1)", given: { content: { "application/json": { schema: { type: "object" } } } }, want: "json" },
    { name: "other content stays text", given: { content: { "text/plain": { schema: { type: "integer" } } } }, want: undefined },
  ];
  test.each(cases)("$name", ({ given, want }) => {
    const { operation } = oneOperation(
      { responses: { "200": { description: "ok", headers: { "X-H": given } } } },
      { components: { schemas: { N: { type: "number" } } } } as never,
    );
    const [header] = operation.responses.success[0].headers;
    expect(header.parse).toBe(want);
    expect(operation.responses.success[0].parsedHeaders).toBe(want !== undefined);
  });
});
