// schema.ts's text from openapi-typescript's nodes, written here rather than by TypeScript's
// printer (astToString): on GitHub's document that printer's emit pipeline was most of the
// compiler's own time in a run (about 0.4 s of CPU; this file's printing takes about 0.15 s),
// for output that uses a dozen node kinds and one layout.
// Its output is kept byte for byte (the differential test in test/generator/types/ compares
// the two over every fixture and the corpus). A statement holding anything ./print-nodes.ts
// does not know, or a node carrying emit settings it does not read, goes to astToString.
import type TypeScript from "typescript";
import { modifiers, name, plain, Unprintable } from "./print-leaves.js";
import { members, typeParameters, typeText } from "./print-nodes.js";
import { astToString, ts } from "./transformer.js";

const K = ts.SyntaxKind;

/** Statements astToString printed because this printer could not: the tests expect none. */
export const printFallbacks = { count: 0 };

/**
 * The statements as astToString prints them: each on its own line(s), each ending in `\n`.
 * The pieces go to one array, joined once: concatenating them as they come made a rope of
 * millions of small strings for the collector (6.5 MB of text on GitHub's document).
 */
export function printStatements(nodes: readonly TypeScript.Node[]): string {
  const out: string[] = [];
  for (const node of nodes) printStatement(node, out);
  return out.join("");
}

function printStatement(node: TypeScript.Node, out: string[]): void {
  const start = out.length;
  try {
    statement(node, out);
    out.push("\n");
  } catch (error) {
    if (!(error instanceof Unprintable)) throw error;
    printFallbacks.count++;
    out.length = start;
    out.push(astToString(node));
  }
}

/** The two statements openapi-typescript makes: `type X = …;` and `interface X {…}`. */
function statement(node: TypeScript.Node, out: string[]): void {
  plain(node);
  if (node.kind === K.TypeAliasDeclaration) {
    const alias = node as TypeScript.TypeAliasDeclaration;
    out.push(modifiers(alias.modifiers), "type ", name(alias.name));
    typeParameters(alias.typeParameters, out);
    out.push(" = ");
    typeText(alias.type, "", out);
    out.push(";");
  } else if (node.kind === K.InterfaceDeclaration) {
    const declaration = node as TypeScript.InterfaceDeclaration;
    if (declaration.heritageClauses?.length) throw new Unprintable();
    out.push(modifiers(declaration.modifiers), "interface ", name(declaration.name));
    typeParameters(declaration.typeParameters, out);
    out.push(" ");
    // An interface's body is broken over lines even when empty (`{\n}`), unlike a type literal's.
    members(declaration.members, "", out);
  } else {
    throw new Unprintable();
  }
}
