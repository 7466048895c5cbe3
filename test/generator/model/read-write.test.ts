// Which types hold readOnly/writeOnly properties (generator/model/read-write.ts), and what the
// model makes of it: bodies and responses read through Writable/Readable, XWritable names.
import { describe, expect, test } from "vitest";
import { buildModel } from "../../../generator/model/index.js";
import { holdsMarks, propertyMark, usesReadWrite } from "../../../generator/model/read-write.js";
import { documentWith, oneOperation, type TestCase } from "./build.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const schemas: Record<string, object> = {
  Id: { type: "integer", readOnly: true },
  Secret: { type: "string", writeOnly: true },
  Plain: { type: "object", properties: { name: { type: "string" } } },
  Owned: { type: "object", properties: { id: ref("Id") } },
  // A cycle whose only mark is reached through it: Node -> Tree -> Node, Tree marks `size`.
  Node: { type: "object", properties: { tree: ref("Tree") } },
  Tree: { type: "object", properties: { child: ref("Node"), size: { type: "integer", readOnly: true } } },
  Loop: { type: "object", properties: { next: ref("Loop") } },
};
const document = documentWith({ components: { schemas } } as never);

describe("propertyMark: a property's own readOnly/writeOnly, else its $ref target's", () => {
  const resolve = (r: string) => schemas[r.split("/").pop() as string];
  const cases: TestCase<unknown, string | undefined>[] = [
    { name: "readOnly", given: { type: "string", readOnly: true }, want: "read" },
    { name: "writeOnly", given: { type: "string", writeOnly: true }, want: "write" },
    { name: "both cancel out: either direction", given: { readOnly: true, writeOnly: true }, want: undefined },
    { name: "a $ref to a readOnly schema", given: ref("Id"), want: "read" },
    { name: "a $ref to a writeOnly schema", given: ref("Secret"), want: "write" },
    { name: "its own flag wins over the target's", given: { ...ref("Id"), writeOnly: true }, want: "write" },
    { name: "unmarked", given: { type: "string" }, want: undefined },
    { name: "not a schema", given: true, want: undefined },
  ];
  test.each(cases)("$name", ({ given, want }) => {
    expect(propertyMark(given, resolve)).toBe(want);
  });
});

describe("holdsMarks: a marked property at some depth, through $refs and cycles", () => {
  const cases: TestCase<unknown, boolean>[] = [
    { name: "no properties", given: { type: "string" }, want: false },
    { name: "a readOnly schema on its own is just its type", given: ref("Id"), want: false },
    { name: "unmarked object", given: ref("Plain"), want: false },
    { name: "top-level property", given: { properties: { id: { type: "integer", readOnly: true } } }, want: true },
    { name: "property that is a $ref to a readOnly schema", given: ref("Owned"), want: true },
    { name: "nested object", given: { properties: { a: { properties: { b: { writeOnly: true } } } } }, want: true },
    { name: "array items", given: { type: "array", items: ref("Owned") }, want: true },
    { name: "map values", given: { additionalProperties: ref("Owned") }, want: true },
    { name: "allOf member", given: { allOf: [ref("Plain"), { properties: { p: ref("Secret") } }] }, want: true },
    { name: "oneOf member", given: { oneOf: [ref("Plain"), ref("Owned")] }, want: true },
    { name: "a marked $defs entry (printed as a property)", given: { $defs: { at: { type: "string", readOnly: true } } }, want: true },
    { name: "reached only through a cycle", given: ref("Node"), want: true },
    { name: "a cycle with no mark", given: ref("Loop"), want: false },
  ];
  test.each(cases)("$name", ({ given, want }) => {
    expect(holdsMarks(document, given)).toBe(want);
  });

  test("asked in the other order, a cycle's members answer the same", () => {
    const fresh = documentWith({ components: { schemas } } as never);
    expect([holdsMarks(fresh, ref("Tree")), holdsMarks(fresh, ref("Node")), holdsMarks(fresh, ref("Loop"))]).toEqual([true, true, false]);
  });
});

describe("holdsMarks remembers answers per document", () => {
  // A chain (Top -> Middle -> Owned -> Id) beside the cycles, and Mixed, whose search passes
  // through the unmarked Loop before it finds Owned: whatever is asked first, the answers
  // remembered on the way must match those of a document asked nothing before.
  const chained = {
    ...schemas,
    Middle: { properties: { owned: ref("Owned") } },
    Top: { items: ref("Middle") },
    Mixed: { properties: { owned: ref("Owned"), loop: ref("Loop") } },
  };
  const names = Object.keys(chained);
  const alone = (name: string) => holdsMarks(documentWith({ components: { schemas: chained } } as never), ref(name));
  const expected = Object.fromEntries(names.map((name) => [name, alone(name)]));

  test("the chain and the cycle are marked, the rest not", () => {
    expect(expected).toMatchObject({ Top: true, Middle: true, Mixed: true, Owned: true, Node: true, Tree: true, Plain: false, Loop: false, Id: false });
  });

  test.each(names.map((first) => [first]))("after asking %s first, every answer is the same", (first) => {
    const shared = documentWith({ components: { schemas: chained } } as never);
    holdsMarks(shared, ref(first));
    const answers = Object.fromEntries([...names].reverse().map((name) => [name, holdsMarks(shared, ref(name))]));
    expect(answers).toEqual(expected);
  });
});

describe("usesReadWrite: whether schema.ts gets markers at all", () => {
  test.each([
    { name: "marked somewhere", given: document, want: true },
    { name: "nothing marked", given: documentWith({ components: { schemas: { Plain: schemas.Plain } } } as never), want: false },
    { name: "readOnly: false is no mark", given: { a: { readOnly: false, writeOnly: false } }, want: false },
  ])("$name", ({ given, want }) => {
    expect(usesReadWrite(given)).toBe(want);
  });
});

describe("the model: bodies, responses and types.ts names", () => {
  const json = (schema: object) => ({ content: { "application/json": { schema } } });
  test("a parameter, body or response whose schema holds marks is flagged; others, and bytes, are not", () => {
    const { operation } = oneOperation(
      {
        parameters: [
          { name: "plain", in: "query", schema: ref("Plain") },
          { name: "owned", in: "query", content: { "application/json": { schema: ref("Owned") } } },
        ],
        requestBody: { content: { "application/json": { schema: ref("Owned") }, "application/octet-stream": { schema: ref("Owned") } } },
        responses: { "200": { description: "ok", ...json(ref("Owned")) }, "400": { description: "no", ...json(ref("Plain")) } },
      },
      { components: { schemas } } as never,
    );
    expect(operation.parameters.map((g) => [g.location, g.readWrite, g.parameters.map((p) => p.readWrite)])).toEqual([["query", true, [false, true]]]);
    expect(operation.body?.media.map((m) => [m.type, m.readWrite])).toEqual([["application/json", true], ["application/octet-stream", false]]);
    expect([...operation.responses.success, ...operation.responses.error].map((r) => [r.status, r.primary?.readWrite])).toEqual([["200", true], ["400", false]]);
  });

  test("a schema holding marks gets an XWritable name after every schema's own, so the document's names win", () => {
    const { model, warnings } = buildModel(documentWith({ components: { schemas: { Owned: schemas.Owned, Id: schemas.Id, OwnedWritable: schemas.Plain } } } as never));
    expect(model.schemaTypes.map((t) => [t.key, t.typeName, t.writableName])).toEqual([
      ["Owned", "Owned", "OwnedWritable2"],
      ["Id", "Id", undefined],
      ["OwnedWritable", "OwnedWritable", undefined],
    ]);
    expect(warnings.map((w) => `${w.pointer}: ${w.message}`)).toEqual([
      "#/components/schemas/Owned: the type name 'OwnedWritable' is taken; the request body shape of schema 'Owned' is exported as 'OwnedWritable2'",
    ]);
  });
});
