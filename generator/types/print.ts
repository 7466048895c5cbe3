// schema.ts's text from openapi-typescript's nodes, written here rather than by TypeScript's
// printer (astToString): on GitHub's document that printer's emit pipeline was most of the
// compiler's own time in a run, for output that uses a dozen node kinds and one layout.
// Its output is kept byte for byte (the differential test in test/generator/types/ compares
// the two over every fixture and the corpus). A statement holding anything ./print-nodes.ts
// does not know, or a node carrying emit settings it does not read, goes to astToString.
import type TypeScript from "typescript";
import { members, modifiers, name, plain, typeParameters, typeText, Unprintable } from "./print-nodes.js";
import { astToString, ts } from "./transformer.js";

const K = ts.SyntaxKind;

/** Statements astToString printed because this printer could not: the tests expect none. */
export const printFallbacks = { count: 0 };

/** The statements as astToString prints them: each on its own line(s), each ending in `\n`. */
export function printStatements(nodes: readonly TypeScript.Node[]): string {
  let out = "";
  for (const node of nodes) out += printStatement(node);
  return out;
}

function printStatement(node: TypeScript.Node): string {
  try {
    return `${statement(node)}\n`;
  } catch (error) {
    if (!(error instanceof Unprintable)) throw error;
    printFallbacks.count++;
    return astToString(node);
  }
}

/** The two statements openapi-typescript makes: `type X = …;` and `interface X {…}`. */
function statement(node: TypeScript.Node): string {
  plain(node);
  if (node.kind === K.TypeAliasDeclaration) {
    const alias = node as TypeScript.TypeAliasDeclaration;
    return `${modifiers(alias.modifiers)}type ${name(alias.name)}${typeParameters(alias.typeParameters)} = ${typeText(alias.type, "")};`;
  }
  if (node.kind === K.InterfaceDeclaration) {
    const declaration = node as TypeScript.InterfaceDeclaration;
    if (declaration.heritageClauses?.length) throw new Unprintable();
    const head = `${modifiers(declaration.modifiers)}interface ${name(declaration.name)}${typeParameters(declaration.typeParameters)} `;
    // An interface's body is broken over lines even when empty (`{\n}`), unlike a type literal's.
    return head + members(declaration.members, "");
  }
  throw new Unprintable();
}
