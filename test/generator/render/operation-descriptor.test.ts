// The descriptor is printed as JSON in a template literal: read back by JavaScript and then by
// JSON.parse (as runtime/call-operation.ts does), it must be the descriptor itself, whatever
// text the document put in it.
import { describe, expect, test } from "vitest";
import { descriptorSource } from "../../../generator/render/operation-descriptor.js";

/** What the generated module's `const descriptor_x = …;` holds once evaluated. */
const evaluated = (source: string): unknown => new Function(`return ${source};`)();

const HOSTILE = ["`", "${globalThis.pwned = 1}", "\\", "\\`", "$\\{", "\u2028\u2029", "\r\n", '"', "'", "*/", "\\${x}"];

describe("descriptorSource", () => {
  test.each(HOSTILE)("a value holding %j reads back unchanged, running nothing", (text) => {
    const descriptor = { id: text, method: "get", path: `/a/${text}`, params: [{ name: text, in: "query", style: "form", explode: true }], responses: { [text]: "json" }, security: [{ [text]: [text] }] };
    const source = descriptorSource(descriptor);
    expect(JSON.parse(evaluated(source) as string)).toEqual(descriptor);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  test("one field a line, one parameter or requirement a line, undefined fields left out", () => {
    const source = descriptorSource({
      id: "listPets",
      method: "get",
      path: "/pets",
      params: [
        { name: "limit", in: "query", style: "form", explode: true, allowReserved: undefined },
        { name: "X-Trace", in: "header", style: "simple", explode: false },
      ],
      body: undefined,
      responses: { "200": "json", default: "json" },
      security: [{}, { bearer: ["read"] }],
      server: undefined,
    });
    expect(source).toBe(
      [
        "`{",
        '  "id": "listPets",',
        '  "method": "get",',
        '  "path": "/pets",',
        '  "params": [',
        '    {"name": "limit", "in": "query", "style": "form", "explode": true},',
        '    {"name": "X-Trace", "in": "header", "style": "simple", "explode": false}',
        "  ],",
        '  "responses": {"200": "json", "default": "json"},',
        '  "security": [',
        "    {},",
        '    {"bearer": ["read"]}',
        "  ]",
        "}`",
      ].join("\n"),
    );
  });
});
