// The render helpers escape document text for the context it lands in. Each case is checked
// by what a JavaScript parser makes of the output, not by its spelling alone.
import { describe, expect, test } from "vitest";
import { ident, json, jsdoc, literal, str } from "../../../generator/render/helpers.js";
import type { Doc } from "../../../generator/model/types.js";

/** The value of a JavaScript expression, parsed and run as the generated code would be. */
const evaluate = (expression: string): unknown => new Function(`"use strict"; return (${expression});`)();

const hostile = ["*/", 'a"b', "a'b", "a`b", "${x}", "a\u2028b\u2029c", "back\\slash", "line\nbreak", "</script>", "__proto__"];

describe("str: a string literal", () => {
  test.each(hostile)("%j reads back as itself", (text) => {
    expect(evaluate(str(text))).toBe(text);
  });

  test("U+2028 and U+2029 are escaped, not raw, for parsers before ES2019", () => {
    expect(str("a\u2028b\u2029c")).toBe('"a\\u2028b\\u2029c"');
  });
});

describe("json: plain data as JSON text in one single-quoted literal", () => {
  test.each(hostile)("%j reads back as itself", (text) => {
    const value = { text, list: [text], [text]: 1 };
    const printed = json(value);
    expect(printed).not.toMatch(/[\u2028\u2029\n]/);
    expect(JSON.parse(evaluate(printed) as string)).toEqual(value);
  });
});

describe("literal: plain data as an object literal", () => {
  test("keys are bare, quoted, or (for __proto__) computed, so each stays an own property", () => {
    // JSON.parse makes `__proto__` an own key, as the model's fromEntries does.
    const value: unknown = JSON.parse('{"plain":1,"x-key":"*/","__proto__":"p","a\\u2028":["${x}","`"]}');
    const printed = literal(value);
    expect(printed).toContain('["__proto__"]: "p"');
    expect(printed).toContain('"x-key": "*/"');
    const read = evaluate(printed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.hasOwn(read, "__proto__")).toBe(true);
    expect(read["a\u2028"]).toEqual(["${x}", "`"]);
  });

  test("undefined members are left out; a long value breaks one member per line", () => {
    expect(literal({ a: undefined, b: [] })).toBe("{ b: [] }");
    expect(literal({ long: "x".repeat(100), n: 1 })).toBe(`{\n  long: "${"x".repeat(100)}",\n  n: 1,\n}`);
  });
});

describe("ident: an identifier name, refused when it is anything else", () => {
  test.each(["getPet", "_private", "$x", "naïve", "class_", "delete"])("%j is printed as it is", (name) => {
    expect(ident(name)).toBe(name);
  });

  // Reserved words are IdentifierNames (a property may be called `delete`); where a binding
  // needs one, the model has already renamed it (model/names.ts safeIdentifier: `delete_`).
  test.each(["a b", 'a"', "a`b", "${x}", "*/", "a\u2028", "1st", "", "a-b", "__proto__"])("%j is refused", (name) => {
    expect(() => ident(name)).toThrow(`not a safe identifier: ${str(name)}`);
  });
});

describe("jsdoc: a comment block", () => {
  const doc = (fields: Partial<Doc>): Doc => ({ deprecated: false, ...fields });
  /** The comment must end where jsdoc ends it: code after it still runs. */
  const endsWhereItShould = (comment: string): unknown => new Function(`${comment}\nreturn 42;`)();

  test.each(hostile)("a description %j can not end the comment early", (text) => {
    const comment = jsdoc(doc({ summary: text, description: `more ${text}` }));
    expect(endsWhereItShould(comment)).toBe(42);
    expect(comment.indexOf("*/")).toBe(comment.length - 2);
  });

  test("*/ is broken, a line-leading @ can not start a tag, U+2028 starts a new line", () => {
    expect(jsdoc(doc({ summary: "ends */ here", description: "@returns nothing\u2028second" }))).toBe(
      ["/**", " * ends *\\/ here", " *", " * \\@returns nothing", " * second", " */"].join("\n"),
    );
  });

  test("parameter names with spaces or */ stay one word; deprecated and externalDocs become tags", () => {
    const comment = jsdoc(doc({ summary: "s", deprecated: true, externalDocs: { url: "https://x.test/*/", description: "see */" } }), {
      params: [{ name: "query.a b*/", doc: doc({ description: "why" }) }],
    });
    expect(comment).toBe(
      ["/**", " * s", " *", " * @param args.query.a_b*\\/ why", " * @see https://x.test/*\\/ see *\\/", " * @deprecated", " */"].join("\n"),
    );
    expect(endsWhereItShould(comment)).toBe(42);
  });

  test("nothing to say prints nothing", () => {
    expect(jsdoc(undefined)).toBe("");
    expect(jsdoc(doc({}))).toBe("");
  });
});
