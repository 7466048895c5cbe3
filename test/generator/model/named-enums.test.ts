// Named enums (generator/model/named-enums.ts, enum-members.ts): which enums get a const,
// the member keys from the vendor extensions or the values, and the exact warning for each
// malformed extension, at its pointer.
import { describe, expect, test } from "vitest";
import { buildModel } from "../../../generator/model/index.js";
import { documentWith, type TestCase } from "./build.js";

function enumsOf(components: object, paths: object = {}) {
  const { model, warnings } = buildModel(documentWith({ components, paths } as never));
  return {
    enums: model.enums.map((e) => ({ name: e.name, at: `${e.section}/${e.key}`, members: e.members.map((m) => [m.key, m.value]) })),
    docs: model.enums.flatMap((e) => e.members.map((m) => m.doc.description)),
    warnings: warnings.map((w) => `${w.pointer}: ${w.message}`),
  };
}

const membersOf = (schema: object) => enumsOf({ schemas: { E: schema } });

describe("member keys derived from values", () => {
  const cases: TestCase<unknown[], [string, unknown][]>[] = [
    { name: "identifiers kept as written", given: ["available", "IN_STOCK", "camelCase"], want: [["available", "available"], ["IN_STOCK", "IN_STOCK"], ["camelCase", "camelCase"]] },
    { name: "spaces, dashes, dots", given: ["in stock", "on-hold", "v1.2"], want: [["in_stock", "in stock"], ["on_hold", "on-hold"], ["v1_2", "v1.2"]] },
    { name: "numbers", given: [0, 1, -1, 1.5], want: [["_0", 0], ["_1", 1], ["Minus1", -1], ["_1_5", 1.5]] },
    { name: "leading digits", given: ["1st", "2-factor"], want: [["_1st", "1st"], ["_2_factor", "2-factor"]] },
    { name: "reserved words are property names", given: ["default", "delete", "null", "constructor"], want: [["default", "default"], ["delete", "delete"], ["null", "null"], ["constructor", "constructor"]] },
    { name: "__proto__ would set the prototype", given: ["__proto__"], want: [["__proto___", "__proto__"]] },
    { name: "empty string and no letters", given: ["", "***"], want: [["Empty", ""], ["Value", "***"]] },
    { name: "booleans", given: [true, false], want: [["true", true], ["false", false]] },
    { name: "unicode letters kept", given: ["café", "日本"], want: [["café", "café"], ["日本", "日本"]] },
    { name: "null has no member, repeats are one", given: ["a", null, "a", "b"], want: [["a", "a"], ["b", "b"]] },
  ];
  test.each(cases)("$name", ({ given, want }) => {
    const { enums, warnings } = membersOf({ enum: given });
    expect(enums[0].members).toEqual(want);
    expect(warnings).toEqual([]);
  });

  test("keys that meet after making them safe get 2, 3, … and a warning at the value", () => {
    const { enums, warnings } = membersOf({ enum: ["a-b", "a_b", "a b", 1, "1"] });
    expect(enums[0].members).toEqual([["a_b", "a-b"], ["a_b2", "a_b"], ["a_b3", "a b"], ["_1", 1], ["_12", "1"]]);
    expect(warnings).toEqual([
      `#/components/schemas/E/enum/1: the member name 'a_b' is taken in this enum: the value "a_b" is named 'a_b2'`,
      `#/components/schemas/E/enum/2: the member name 'a_b' is taken in this enum: the value "a b" is named 'a_b3'`,
      `#/components/schemas/E/enum/4: the member name '_1' is taken in this enum: the value "1" is named '_12'`,
    ]);
  });
});

describe("member names from extensions", () => {
  test("x-enum-varnames, with x-enum-descriptions as each member's JSDoc", () => {
    const { enums, docs, warnings } = membersOf({
      enum: ["todo", "in-progress"],
      "x-enum-varnames": ["Todo", "InProgress"],
      "x-enumNames": ["Ignored", "Ignored2"],
      "x-enum-descriptions": ["Not started", "Someone is on it"],
    });
    expect(enums[0].members).toEqual([["Todo", "todo"], ["InProgress", "in-progress"]]);
    expect(docs).toEqual(["Not started", "Someone is on it"]);
    expect(warnings).toEqual([]);
  });

  test("x-enumNames (NSwag) on a numeric enum; x-enumDescriptions as an object by value", () => {
    const { enums, docs } = membersOf({ type: "integer", enum: [0, 1, 2], "x-enumNames": ["Low", "Normal", "High"], "x-enumDescriptions": { "2": "Now" } });
    expect(enums[0].members).toEqual([["Low", 0], ["Normal", 1], ["High", 2]]);
    expect(docs).toEqual([undefined, undefined, "Now"]);
  });

  test("a nullable enum: names for every value, or for every value but null", () => {
    const full = membersOf({ enum: ["a", null], "x-enum-varnames": ["A", "None"] });
    const short = membersOf({ enum: [null, "a", "b"], "x-enum-varnames": ["A", "B"], "x-enum-descriptions": ["first", "second"] });
    expect(full.enums[0].members).toEqual([["A", "a"]]);
    expect(short.enums[0].members).toEqual([["A", "a"], ["B", "b"]]);
    expect(short.docs).toEqual(["first", "second"]);
    expect([...full.warnings, ...short.warnings]).toEqual([]);
  });

  test("malformed extensions: each a warning at its pointer, the names derived", () => {
    const { enums, docs, warnings } = enumsOf({
      schemas: {
        Short: { enum: ["a", "b", "c"], "x-enum-varnames": ["A", "B"], "x-enum-descriptions": ["x"] },
        NotArray: { enum: ["a"], "x-enumNames": "A", "x-enum-descriptions": { a: "x" } },
        Entries: { enum: ["a", "b", "c", "d", "e"], "x-enum-varnames": ["A", 7, "A", "More than one", ""], "x-enum-descriptions": ["ok", 3, null, "", "fine"] },
      },
    });
    expect(enums.map((e) => e.members)).toEqual([
      [["a", "a"], ["b", "b"], ["c", "c"]],
      [["a", "a"]],
      [["A", "a"], ["b", "b"], ["A2", "c"], ["More_than_one", "d"], ["e", "e"]],
    ]);
    expect(docs).toEqual([undefined, undefined, undefined, undefined, "ok", undefined, undefined, undefined, "fine"]);
    expect(warnings).toEqual([
      "#/components/schemas/Short/x-enum-varnames: 'x-enum-varnames' has 2 names for 3 enum values: ignored, the members are named after their values",
      "#/components/schemas/Short/x-enum-descriptions: 'x-enum-descriptions' has 1 descriptions for 3 enum values: ignored",
      "#/components/schemas/NotArray/x-enumNames: 'x-enumNames' is a string, not an array of names: ignored, the members are named after their values",
      "#/components/schemas/NotArray/x-enum-descriptions: 'x-enum-descriptions' is an object, not an array of descriptions: ignored",
      "#/components/schemas/Entries/x-enum-descriptions/1: 'x-enum-descriptions' entry 1 is a number, not a description: ignored",
      "#/components/schemas/Entries/x-enum-varnames/1: 'x-enum-varnames' entry 1 is a number, not a name: the member is named 'b' after its value",
      `#/components/schemas/Entries/x-enum-varnames/2: the member name 'A' is taken in this enum: the value "c" is named 'A2'`,
      `#/components/schemas/Entries/x-enum-varnames/3: 'x-enum-varnames' entry 3, "More than one", is not a JavaScript identifier: the member is named 'More_than_one'`,
      "#/components/schemas/Entries/x-enum-varnames/4: 'x-enum-varnames' entry 4 is empty, not a name: the member is named 'e' after its value",
    ]);
  });
});

test("a parameter's extensions beside its schema (Swagger 2.0, converted) name its enum", () => {
  const parameter = { name: "order", in: "query", schema: { enum: ["asc", 1] }, "x-enum-varnames": ["Ascending", "Ascending"] };
  const { enums, warnings } = enumsOf({ parameters: { order: parameter } });
  expect(enums[0].members).toEqual([["Ascending", "asc"], ["Ascending2", 1]]);
  expect(warnings).toEqual([`#/components/parameters/order/x-enum-varnames/1: the member name 'Ascending' is taken in this enum: the value 1 is named 'Ascending2'`]);
});

describe("which enums are named", () => {
  test("schemas under their types.ts name, parameters under their key's; refs, inline and object enums are not", () => {
    const { enums, warnings } = enumsOf(
      {
        schemas: {
          "pet-status": { type: "string", enum: ["a"] },
          Alias: { $ref: "#/components/schemas/pet-status" },
          Pet: { type: "object", properties: { kind: { enum: ["x"] } } },
          Shapes: { enum: [{ a: 1 }] },
          OnlyNull: { enum: [null] },
          Direction: { type: "object" },
        },
        parameters: {
          direction: { name: "direction", in: "query", schema: { enum: ["asc", "desc"] } },
          status: { name: "status", in: "query", schema: { $ref: "#/components/schemas/pet-status" } },
          "per-page": { name: "per_page", in: "query", schema: { type: "integer" } },
        },
      },
      { "/p": { get: { operationId: "getPet", parameters: [{ name: "q", in: "query", schema: { enum: ["y"] } }], responses: {} } } },
    );
    expect(enums.map((e) => [e.name, e.at])).toEqual([["PetStatus", "schemas/pet-status"], ["DirectionParameter", "parameters/direction"]]);
    expect(warnings).toEqual([]);
  });

  test("a parameter's enum whose name and name + Parameter are taken gets a number and a warning", () => {
    const parameter = { name: "sort", in: "query", schema: { enum: ["asc"] } };
    const { enums, warnings } = enumsOf({ schemas: { Sort: {}, SortParameter: {} }, parameters: { sort: parameter, "sort-parameter": parameter } });
    expect(enums.map((e) => e.name)).toEqual(["SortParameter2", "SortParameter3"]);
    expect(warnings).toEqual([
      "#/components/parameters/sort: the names 'Sort' and 'SortParameter' are taken; the enum of parameter 'sort' is exported as 'SortParameter2'",
      "#/components/parameters/sort-parameter: the name 'SortParameter' is taken; the enum of parameter 'sort-parameter' is exported as 'SortParameter3'",
    ]);
  });
});
