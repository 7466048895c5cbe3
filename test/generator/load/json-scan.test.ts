import { describe, expect, test } from "vitest";
import { findJsonOffset, findJsonSyntaxError, lineColumn } from "../../../generator/load/json-scan.js";

interface SyntaxCase {
  text: string;
  want: { message: string; line: number; column: number } | undefined;
}

const syntax: SyntaxCase[] = [
  { text: '{"a": 1, "b": [true, null, "x\\u00e9"]}', want: undefined },
  { text: '{"a": 1,}', want: { message: "unexpected character '}', expected a string key", line: 1, column: 9 } },
  { text: '{"a": 1\n "b": 2}', want: { message: "unexpected character '\"', expected ',' or '}'", line: 2, column: 2 } },
  { text: "[1, 2", want: { message: "unexpected end of input, expected ',' or ']'", line: 1, column: 6 } },
  { text: '{"a": tru}', want: { message: "unexpected character 't', expected a value", line: 1, column: 7 } },
  { text: '{"a": "x\ty"}', want: { message: "unescaped character U+0009 in string", line: 1, column: 9 } },
  { text: '{"a": "\\q"}', want: { message: "invalid escape in string", line: 1, column: 8 } },
  { text: '{"a": "open', want: { message: "unterminated string", line: 1, column: 7 } },
  { text: "{} {}", want: { message: "unexpected character '{', expected end of input", line: 1, column: 4 } },
  { text: '{"a": 01}', want: { message: "unexpected character '1', expected ',' or '}'", line: 1, column: 8 } },
];

describe("findJsonSyntaxError", () => {
  test.each(syntax)("$text", ({ text, want }) => {
    const error = findJsonSyntaxError(text);
    if (want === undefined) {
      expect(error).toBeUndefined();
      expect(() => JSON.parse(text)).not.toThrow();
      return;
    }
    expect(() => JSON.parse(text)).toThrow();
    expect(error && { message: error.message, ...lineColumn(text, error.offset) }).toEqual(want);
  });
});

describe("findJsonOffset", () => {
  const text = ['{', '  "a/b": {"x": [10, {"y": "}]\\"{"}, 30]},', '  "esc\\"aped": 1,', '  "last": {}', "}"].join("\n");

  test.each([
    [["a/b", "x", "1", "y"], { line: 2, column: 22, matched: 4 }],
    [["a/b", "x", "2"], { line: 2, column: 37, matched: 3 }],
    [['esc"aped'], { line: 3, column: 3, matched: 1 }],
    [["last"], { line: 4, column: 3, matched: 1 }],
    [["last", "missing"], { line: 4, column: 3, matched: 1 }],
    [["a/b", "x", "7"], { line: 2, column: 11, matched: 2 }],
    [[], { line: 1, column: 1, matched: 0 }],
  ])("%j", (segments, want) => {
    const { offset, matched } = findJsonOffset(text, segments);
    expect({ ...lineColumn(text, offset), matched }).toEqual(want);
  });

  test("remembered steps give the same answers", () => {
    const steps = new Map();
    const first = findJsonOffset(text, ["a/b", "x", "1", "y"], steps);
    expect(steps.size).toBe(4);
    expect(findJsonOffset(text, ["a/b", "x", "1", "y"], steps)).toEqual(first);
    expect(findJsonOffset(text, ["a/b", "x", "2"], steps)).toEqual(findJsonOffset(text, ["a/b", "x", "2"]));
  });
});
