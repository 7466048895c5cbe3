// The cases keyway's schema printer (generator/types/print.ts) could get wrong without the
// corpus showing it: escaping in string literals and keys, JSDoc layout, numbers, empty and
// nested shapes. Each is printed both ways and compared byte for byte; the expected text is
// spelled out where it documents the format.
import type { OpenAPI3 } from "openapi-typescript";
import type TypeScript from "typescript";
import { describe, expect, test } from "vitest";
import { ts } from "../../../generator/types/transformer.js";
import { printBoth, schemaStatements } from "./printers.js";

const f = ts.factory;
const STRING = f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
const alias = (type: TypeScript.TypeNode) => f.createTypeAliasDeclaration([f.createModifier(ts.SyntaxKind.ExportKeyword)], "T", undefined, type);

/** Ours, after checking it is astToString's to the byte and needed no fallback. */
function printed(statements: TypeScript.Node[]): string {
  const both = printBoth(statements);
  expect(both.ours).toBe(both.theirs);
  expect(both.fallbacks).toBe(0);
  return both.ours;
}

/** A 3.1 document whose one schema `S` is `schema`. */
const withSchema = (schema: unknown): OpenAPI3 =>
  ({ openapi: "3.1.0", info: { title: "cases", version: "1" }, paths: {}, components: { schemas: { S: schema } } }) as OpenAPI3;

describe("string literals", () => {
  const cases: [string, string][] = [
    ['say "hi"', '"say \\"hi\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ["it's `fine`", '"it\'s `fine`"'],
    ["line\u2028para\u2029next\u0085", '"line\\u2028para\\u2029next\\u0085"'],
    ["smile \u{1F600}", '"smile \\uD83D\\uDE00"'],
    ["café", '"caf\\u00E9"'],
    ["\0a\x001\x01\x1f\x7f", '"\\0a\\x001\\u0001\\u001F\x7f"'],
    ["\b\t\n\v\f\r", '"\\b\\t\\n\\v\\f\\r"'],
  ];
  test.each(cases)("%j is written %s", (text, literal) => {
    const node = alias(f.createIndexedAccessTypeNode(f.createTypeReferenceNode("X"), f.createLiteralTypeNode(f.createStringLiteral(text))));
    expect(printed([node])).toBe(`export type T = X[${literal}];\n`);
  });

  test("property keys: identifiers bare, numbers bare, everything else quoted and escaped", () => {
    const keys = ["plain", "$dollar", "__dunder", "123", "-1", "01", "1.5", "x-y", "with space", "ünï", 'q"uote', "\u2028", "__proto__"];
    const properties = Object.fromEntries(keys.map((key) => [key, { type: "string" }]));
    const text = printed(schemaStatements(withSchema({ type: "object", properties, required: keys })));
    const printedKeys = [...text.matchAll(/^ {12}(.+): string;$/gm)].map((m) => m[1]);
    // (JavaScript lists the integer key first.)
    expect(printedKeys).toEqual(["123", "plain", "$dollar", "__dunder", '"-1"', '"01"', "1.5", '"x-y"', '"with space"', '"\\u00FCn\\u00EF"', '"q\\"uote"', '"\\u2028"', "__proto__"]);
  });

  test("enum values (openapi-typescript writes them as JSON) are left as they are", () => {
    const text = printed(schemaStatements(withSchema({ type: "string", enum: ['a"b', "c\\d", "é\u2028", "\u{1F600}"] })));
    expect(text).toContain('S: "a\\"b" | "c\\\\d" | "é\u2028" | "\u{1F600}";');
  });
});

describe("numbers and literal types", () => {
  test("negative, fractional and exponent numbers, booleans and null", () => {
    const text = printed(schemaStatements(withSchema({ enum: [-1, 0, 1.5, -2.5e-10, 1e21, true, false, null] })));
    expect(text).toContain("S: -1 | 0 | 1.5 | -2.5e-10 | 1e+21 | true | false | null;");
  });

  test("a negative const", () => {
    expect(printed(schemaStatements(withSchema({ const: -7 })))).toMatch(/\n {8}S: -7;\n/);
  });
});

describe("shapes", () => {
  test("an empty type literal is {}, an empty interface and an empty tuple are broken over lines", () => {
    const empty = f.createPropertySignature(undefined, "empty", undefined, f.createTypeLiteralNode([]));
    const tuple = f.createPropertySignature(undefined, "none", undefined, f.createTupleTypeNode([]));
    const statements = [alias(f.createTypeLiteralNode([empty, tuple])), f.createInterfaceDeclaration(undefined, "I", undefined, undefined, [])];
    expect(printed(statements)).toBe("export type T = {\n    empty: {};\n    none: [\n    ];\n};\ninterface I {\n}\n");
  });

  test("tuples with optional and rest elements, one element a line", () => {
    const tuple = f.createTupleTypeNode([STRING, f.createOptionalTypeNode(STRING), f.createRestTypeNode(f.createArrayTypeNode(STRING))]);
    expect(printed([alias(tuple)])).toBe("export type T = [\n    string,\n    string?,\n    ...string[]\n];\n");
    const text = printed(schemaStatements(withSchema({ type: "array", prefixItems: [{ type: "string" }, { type: "number" }], items: { type: "boolean" } })));
    expect(text).toContain("S: [\n            string,\n            number\n        ];");
  });

  test("nested unions and intersections, arrays of them, readonly and optional members", () => {
    const union = f.createUnionTypeNode([STRING, f.createIntersectionTypeNode([f.createTypeReferenceNode("A"), f.createTypeReferenceNode("B")])]);
    const member = f.createPropertySignature([f.createModifier(ts.SyntaxKind.ReadonlyKeyword)], "r", f.createToken(ts.SyntaxKind.QuestionToken), f.createArrayTypeNode(union));
    expect(printed([alias(f.createTypeLiteralNode([member]))])).toBe("export type T = {\n    readonly r?: (string | (A & B))[];\n};\n");
  });

  test("parentheses are the factory's nodes: a union put in an array behind its back prints bare, in both", () => {
    const array = f.createArrayTypeNode(STRING);
    Object.assign(array, { elementType: f.createUnionTypeNode([STRING, f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword)]) });
    expect(printed([alias(array)])).toBe("export type T = string | number[];\n");
  });

  test("openapi-typescript's helper types, parsed from text (WithRequired; $Read and Readable for readOnly)", () => {
    const document = withSchema({ allOf: [{ $ref: "#/components/schemas/B" }], required: ["id"] });
    document.components!.schemas!.B = { type: "object", properties: { id: { type: "string", readOnly: true } } };
    const text = printed(schemaStatements(document));
    expect(text).toContain("type WithRequired<T, K extends keyof T> = T & {\n    [P in K]-?: T[P];\n};\n");
    expect(text).toContain("[K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;");
  });
});

describe("JSDoc", () => {
  test("deprecated, with a description", () => {
    const text = printed(schemaStatements(withSchema({ type: "object", properties: { old: { type: "string", deprecated: true, description: "Use new." } } })));
    expect(text).toContain("            /**\n             * @deprecated\n             * @description Use new.\n             */\n            old?: string;\n");
  });

  test("a multi-line description with */ inside, CRLF, blank lines, tabs, trailing spaces and U+2028", () => {
    const description = "First */ line  \r\n\r\n\tTabbed\n   spaced   \nend\u2028after separator\u3000";
    const text = printed(schemaStatements(withSchema({ type: "object", properties: { p: { type: "string", description } } })));
    expect(text).toContain("             * @description First *\\/ line\n");
    expect(text).toContain("\n             *\n");
  });

  test("a one-line description containing U+2028 (a line break to the printer, not to openapi-typescript)", () => {
    printed(schemaStatements(withSchema({ type: "object", properties: { p: { type: "string", description: "a\u2028  b\rc" } } })));
  });
});

describe("what the printer does not know goes to astToString, counted", () => {
  test("an enum declaration and a function type", () => {
    const enumeration = f.createEnumDeclaration(undefined, "E", [f.createEnumMember("A", f.createStringLiteral("a"))]);
    const fn = alias(f.createFunctionTypeNode(undefined, [], STRING));
    const both = printBoth([alias(STRING), enumeration, fn]);
    expect(both.ours).toBe(both.theirs);
    expect(both.ours).toBe('export type T = string;\nenum E {\n    A = "a"\n}\nexport type T = () => string;\n');
    expect(both.fallbacks).toBe(2);
  });

  test("a node with emit settings it does not read (a trailing comment)", () => {
    const type = ts.addSyntheticTrailingComment(f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), ts.SyntaxKind.MultiLineCommentTrivia, " note ");
    const both = printBoth([alias(type)]);
    expect(both.ours).toBe(both.theirs);
    expect(both.fallbacks).toBe(1);
  });
});
