// The leaves of openapi-typescript's statements for ./print-nodes.ts: names, modifiers and
// literals, and the checks that send a statement to astToString (see ./print.ts) when a node
// is not as openapi-typescript's factory calls leave it.
import type TypeScript from "typescript";
import { quoted } from "./print-text.js";
import { ts } from "./transformer.js";

const K = ts.SyntaxKind;

/** Thrown for what the printer does not know: ./print.ts hands the statement to astToString. */
export class Unprintable extends Error {}

/**
 * The node's synthetic leading comments (where `commentsAllowed`). Throws for any other emit
 * setting (flags, trailing comments, generated names…): each changes what the printer writes
 * in ways this file does not reproduce.
 */
export function plain(node: TypeScript.Node | undefined, commentsAllowed = false): readonly TypeScript.SynthesizedComment[] {
  const emitNode = (node as { emitNode?: Record<string, unknown> } | undefined)?.emitNode;
  if (emitNode === undefined) return [];
  for (const key in emitNode) {
    if (emitNode[key] !== undefined && !(commentsAllowed && key === "leadingComments")) throw new Unprintable();
  }
  return (emitNode.leadingComments as TypeScript.SynthesizedComment[] | undefined) ?? [];
}

const MODIFIERS = new Set<TypeScript.SyntaxKind>([K.ExportKeyword, K.DeclareKeyword, K.ReadonlyKeyword]);

/** `export `, `readonly `: each modifier and a space. */
export function modifiers(nodes: readonly TypeScript.ModifierLike[] | undefined): string {
  let out = "";
  for (const modifier of nodes ?? []) {
    plain(modifier);
    if (!MODIFIERS.has(modifier.kind)) throw new Unprintable();
    out += `${ts.tokenToString(modifier.kind)} `;
  }
  return out;
}

/** A declaration's, type reference's or type parameter's name: an identifier. */
export function name(node: TypeScript.Node): string {
  plain(node);
  if (node.kind !== K.Identifier) throw new Unprintable();
  return (node as TypeScript.Identifier).text;
}

/** A property's name: an identifier, a number, or a quoted string (keys that are neither). */
export function propertyName(node: TypeScript.PropertyName): string {
  plain(node);
  if (node.kind === K.Identifier) return node.text;
  if (node.kind === K.NumericLiteral) return numericLiteral(node);
  if (node.kind === K.StringLiteral) return stringLiteral(node);
  throw new Unprintable();
}

// Literals the parser made print from their source text, which this printer does not have.
const made = (node: TypeScript.Node): void => {
  if (node.pos >= 0) throw new Unprintable();
};

function numericLiteral(node: TypeScript.LiteralExpression): string {
  made(node);
  return node.text;
}

function stringLiteral(node: TypeScript.StringLiteral): string {
  made(node);
  // A string literal made from another node, or written in single quotes, prints differently.
  const { singleQuote, textSourceNode } = node as { singleQuote?: boolean; textSourceNode?: unknown };
  if (singleQuote || textSourceNode !== undefined) throw new Unprintable();
  return quoted(node.text);
}

/** A literal type's value: a quoted string, a number (negative: `-` and the number), a keyword. */
export function literal(node: TypeScript.Node): string {
  plain(node);
  switch (node.kind) {
    case K.StringLiteral:
      return stringLiteral(node as TypeScript.StringLiteral);
    case K.NumericLiteral:
    case K.BigIntLiteral:
      return numericLiteral(node as TypeScript.LiteralExpression);
    case K.TrueKeyword:
    case K.FalseKeyword:
    case K.NullKeyword:
      return ts.tokenToString(node.kind) as string;
    case K.PrefixUnaryExpression: {
      const { operator, operand } = node as TypeScript.PrefixUnaryExpression;
      if (operator !== K.MinusToken || operand.kind !== K.NumericLiteral) throw new Unprintable();
      return `-${literal(operand)}`;
    }
  }
  throw new Unprintable();
}
