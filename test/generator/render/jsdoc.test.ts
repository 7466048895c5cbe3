// JSDoc from the document (DESIGN §3): summary, description, @param lines for described and
// deprecated parameters and the body, @see for externalDocs, @deprecated; spec text that
// tries to close the comment or start a tag stays text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";
import { generate } from "../../support/generate.js";

/** The JSDoc block right above `export function <name>(`. */
function docAbove(source: string, name: string): string {
  const at = source.indexOf(`export function ${name}(`);
  const start = source.lastIndexOf("/**", at);
  return source.slice(start, source.indexOf("*/", start) + 2);
}

test("operations carry their documentation, escaped for a comment", async () => {
  const { output } = await generate("coverage/jsdoc", "fixtures/docs/jsdoc.yaml", { format: false });
  const source = readFileSync(join(output, "operations.ts"), "utf8");
  expect(docAbove(source, "getPet")).toBe(
    [
      "/**",
      " * Find a pet",
      " *",
      " * Returns one pet.",
      ' * Text that tries to escape: *\\/ console.log("pwned") /*',
      " * \\@internal is not a tag here.",
      " *",
      " * @param args.path.petId The pet's id.",
      " * @param args.query.fields Which fields to return, comma-separated.",
      " * @param args.query.legacy (deprecated) Use `fields`.",
      " * @see https://example.com/docs/pets#get The pet guide",
      " */",
    ].join("\n"),
  );
  expect(docAbove(source, "replacePet")).toBe(
    ["/**", " * Replace a pet (use PATCH)", " *", " * @param args.body The whole pet.", " * @deprecated", " */"].join("\n"),
  );
  // The hostile line is comment text: the file declares nothing but what keyway printed.
  const file = ts.createSourceFile("operations.ts", source, ts.ScriptTarget.ES2022);
  const statements = file.statements.filter((s) => ts.isExpressionStatement(s));
  expect(statements).toHaveLength(0);
});
