// runtime/header-values.ts row by row: header text (style simple, OpenAPI 3.1 §4.8.12.4) -> value.
import { describe, expect, test } from "vitest";
import type { HeaderParse } from "../../../runtime/descriptors.js";
import { parseHeader, parsedHeaders } from "../../../runtime/header-values.js";
import { op } from "./helpers.js";

const rows: [HeaderParse, string, unknown][] = [
  ["integer", "42", 42],
  ["integer", " -7 ", -7],
  ["integer", "1.5", "1.5"],
  ["integer", "", ""],
  ["integer", "0x10", "0x10"],
  ["integer", "12abc", "12abc"],
  ["number", "0.25", 0.25],
  ["number", "1e3", 1000],
  ["number", "Infinity", "Infinity"],
  ["number", "NaN", "NaN"],
  ["boolean", "true", true],
  ["boolean", "false", false],
  ["boolean", "TRUE", "TRUE"],
  ["boolean", "1", "1"],
  ["integer[]", "1, 2,3", [1, 2, 3]],
  ["integer[]", "1,,2", "1,,2"],
  ["integer[]", "", []],
  ["number[]", "0.5,2", [0.5, 2]],
  ["boolean[]", "true, false", [true, false]],
  ["string[]", "a, b ,c", ["a", "b", "c"]],
  ["string[]", "", []],
  ["json", '{"a":[1]}', { a: [1] }],
  ["json", "{", "{"],
];

describe("parseHeader", () => {
  test.each(rows)("%s %j -> %j", (parse, text, want) => {
    expect(parseHeader(text, parse)).toEqual(want);
  });
});

describe("parsedHeaders", () => {
  const operation = op({ path: "/q", headers: { "200": { "x-n": "integer" }, "4XX": { "x-n": "boolean" } } });
  test("the table of the status (exact, then range) applies; other headers and other statuses stay as sent", () => {
    expect(parsedHeaders(operation, 200, { "x-n": "5", etag: "e" })).toEqual({ "x-n": 5, etag: "e" });
    expect(parsedHeaders(operation, 404, { "x-n": "true" })).toEqual({ "x-n": true });
    expect(parsedHeaders(operation, 201, { "x-n": "5" })).toEqual({ "x-n": "5" });
    expect(parsedHeaders(operation, 200, {})).toEqual({});
  });
});
