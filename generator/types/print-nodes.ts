// The type nodes and members of openapi-typescript's statements, printed in the layout
// TypeScript's printer gives them (see ./print.ts for why we print them ourselves). The
// layout: members and tuple elements each on a line of their own, indented 4 spaces per level
// of nesting (not per column); everything else on the line it starts on. Parentheses are
// nodes of their own (the factory adds them where precedence needs them), printed as they
// come: the printer adds none to a tree, and neither do we.
import type TypeScript from "typescript";
import { commentLines, quoted } from "./print-text.js";
import { ts } from "./transformer.js";

const K = ts.SyntaxKind;

/** Thrown for what this printer does not know: ./print.ts hands the statement to astToString. */
export class Unprintable extends Error {}

type Print = (node: TypeScript.Node, indent: string) => string;

/** `node` at `indent` (the indentation of the line it starts on). */
export function typeText(node: TypeScript.Node, indent: string): string {
  plain(node);
  const print = PRINTERS[node.kind];
  if (print === undefined) throw new Unprintable();
  return print(node, indent);
}

/** Types that print as their keyword. */
const KEYWORDS = [
  K.AnyKeyword,
  K.UnknownKeyword,
  K.NumberKeyword,
  K.BigIntKeyword,
  K.ObjectKeyword,
  K.BooleanKeyword,
  K.StringKeyword,
  K.SymbolKeyword,
  K.VoidKeyword,
  K.UndefinedKeyword,
  K.NeverKeyword,
];

const PRINTERS: Partial<Record<TypeScript.SyntaxKind, Print>> = {
  // tsLiteral() makes a string literal type an identifier whose name is the JSON-quoted value.
  [K.Identifier]: (node) => (node as TypeScript.Identifier).text,
  [K.LiteralType]: (node) => literal((node as TypeScript.LiteralTypeNode).literal),
  [K.TypeReference]: (node, indent) => {
    const { typeName, typeArguments } = node as TypeScript.TypeReferenceNode;
    return name(typeName) + (typeArguments?.length ? `<${list(typeArguments, indent, ", ")}>` : "");
  },
  [K.UnionType]: (node, indent) => list((node as TypeScript.UnionTypeNode).types, indent, " | "),
  [K.IntersectionType]: (node, indent) => list((node as TypeScript.IntersectionTypeNode).types, indent, " & "),
  [K.ArrayType]: (node, indent) => `${typeText((node as TypeScript.ArrayTypeNode).elementType, indent)}[]`,
  [K.IndexedAccessType]: (node, indent) => {
    const { objectType, indexType } = node as TypeScript.IndexedAccessTypeNode;
    return `${typeText(objectType, indent)}[${typeText(indexType, indent)}]`;
  },
  [K.ParenthesizedType]: (node, indent) => `(${typeText((node as TypeScript.ParenthesizedTypeNode).type, indent)})`,
  // An empty type literal is `{}`; a non-empty one is broken over lines like an interface.
  [K.TypeLiteral]: (node, indent) => {
    const literalMembers = (node as TypeScript.TypeLiteralNode).members;
    return literalMembers.length === 0 ? "{}" : members(literalMembers, indent);
  },
  // A tuple is broken over lines, one element each, even when empty (`[\n]`).
  [K.TupleType]: (node, indent) => {
    const inner = `${indent}    `;
    const elements = (node as TypeScript.TupleTypeNode).elements;
    return elements.length === 0 ? `[\n${indent}]` : `[\n${inner}${list(elements, inner, `,\n${inner}`)}\n${indent}]`;
  },
  [K.RestType]: (node, indent) => `...${typeText((node as TypeScript.RestTypeNode).type, indent)}`,
  [K.OptionalType]: (node, indent) => `${typeText((node as TypeScript.OptionalTypeNode).type, indent)}?`,
  [K.TypeOperator]: (node, indent) => {
    const { operator, type } = node as TypeScript.TypeOperatorNode;
    return `${ts.tokenToString(operator)} ${typeText(type, indent)}`;
  },
  [K.ConditionalType]: (node, indent) => {
    const { checkType, extendsType, trueType, falseType } = node as TypeScript.ConditionalTypeNode;
    const condition = `${typeText(checkType, indent)} extends ${typeText(extendsType, indent)}`;
    return `${condition} ? ${typeText(trueType, indent)} : ${typeText(falseType, indent)}`;
  },
  [K.InferType]: (node, indent) => `infer ${typeText((node as TypeScript.InferTypeNode).typeParameter, indent)}`,
  [K.TypeParameter]: (node, indent) => {
    const parameter = node as TypeScript.TypeParameterDeclaration;
    if (parameter.modifiers?.length) throw new Unprintable();
    const constraint = parameter.constraint ? ` extends ${typeText(parameter.constraint, indent)}` : "";
    return `${name(parameter.name)}${constraint}${parameter.default ? ` = ${typeText(parameter.default, indent)}` : ""}`;
  },
  [K.MappedType]: (node, indent) => mapped(node as TypeScript.MappedTypeNode, indent),
  ...Object.fromEntries(KEYWORDS.map((kind) => [kind, keyword(kind)])),
};

function keyword(kind: TypeScript.SyntaxKind): Print {
  const text = ts.tokenToString(kind) as string;
  return () => text;
}

function list(nodes: readonly TypeScript.Node[], indent: string, separator: string): string {
  let out = "";
  for (let i = 0; i < nodes.length; i++) out += (i === 0 ? "" : separator) + typeText(nodes[i], indent);
  return out;
}

/** A literal type's value: a quoted string, a number (negative: `-` and the number), a keyword. */
function literal(node: TypeScript.Node): string {
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

/** `{ [P in K]-?: T[P] }` (openapi-typescript's WithRequired), broken over lines like a literal. */
function mapped(node: TypeScript.MappedTypeNode, indent: string): string {
  const { readonlyToken, typeParameter, nameType, questionToken, type } = node;
  if (type === undefined || node.members?.length || typeParameter.constraint === undefined) throw new Unprintable();
  plain(readonlyToken);
  plain(questionToken);
  plain(typeParameter);
  const inner = `${indent}    `;
  const prefix = readonlyToken ? `${readonlyToken.kind === K.ReadonlyKeyword ? "" : ts.tokenToString(readonlyToken.kind)}readonly ` : "";
  const question = questionToken ? `${questionToken.kind === K.QuestionToken ? "" : ts.tokenToString(questionToken.kind)}?` : "";
  const key = `${name(typeParameter.name)} in ${typeText(typeParameter.constraint, inner)}${nameType ? ` as ${typeText(nameType, inner)}` : ""}`;
  return `{\n${inner}${prefix}[${key}]${question}: ${typeText(type, inner)};\n${indent}}`;
}

/** `{`, each member on its own line one level in, `}` at `indent`. */
export function members(list: readonly TypeScript.TypeElement[], indent: string): string {
  const inner = `${indent}    `;
  let out = "{\n";
  for (const member of list) out += memberLines(member, inner);
  return `${out}${indent}}`;
}

/** A property or index signature, after the JSDoc openapi-typescript attached to it. */
function memberLines(node: TypeScript.TypeElement, indent: string): string {
  let out = "";
  for (const comment of plain(node, true)) {
    // addJSDocComment's: `/*…*/` on lines of its own; other placements lay out differently.
    if (comment.kind !== K.MultiLineCommentTrivia || !comment.hasTrailingNewLine || comment.hasLeadingNewline) throw new Unprintable();
    out += commentLines(comment.text, indent);
  }
  if (node.kind === K.PropertySignature) {
    const property = node as TypeScript.PropertySignature;
    plain(property.questionToken);
    const question = property.questionToken ? "?" : "";
    return `${out}${indent}${modifiers(property.modifiers)}${propertyName(property.name)}${question}${annotation(property.type, indent)};\n`;
  }
  if (node.kind === K.IndexSignature) {
    const index = node as TypeScript.IndexSignatureDeclaration;
    let parameters = "";
    for (const parameter of index.parameters) parameters += (parameters ? ", " : "") + indexParameter(parameter, indent);
    return `${out}${indent}${modifiers(index.modifiers)}[${parameters}]${annotation(index.type, indent)};\n`;
  }
  throw new Unprintable();
}

function indexParameter(node: TypeScript.ParameterDeclaration, indent: string): string {
  plain(node);
  if (node.modifiers?.length || node.dotDotDotToken || node.questionToken || node.initializer) throw new Unprintable();
  return `${name(node.name)}${annotation(node.type, indent)}`;
}

const annotation = (type: TypeScript.TypeNode | undefined, indent: string): string => (type === undefined ? "" : `: ${typeText(type, indent)}`);

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

export function name(node: TypeScript.Node): string {
  plain(node);
  if (node.kind !== K.Identifier) throw new Unprintable();
  return (node as TypeScript.Identifier).text;
}

/** A property's name: an identifier, a number, or a quoted string (keys that are neither). */
function propertyName(node: TypeScript.PropertyName): string {
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

export function typeParameters(nodes: readonly TypeScript.TypeParameterDeclaration[] | undefined): string {
  return nodes?.length ? `<${list(nodes, "", ", ")}>` : "";
}
