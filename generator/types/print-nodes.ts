// The type nodes and members of openapi-typescript's statements, printed in the layout
// TypeScript's printer gives them (see ./print.ts for why we print them ourselves). The
// layout: members and tuple elements each on a line of their own, indented 4 spaces per level
// of nesting (not per column); everything else on the line it starts on. Parentheses are
// nodes of their own (the factory adds them where precedence needs them), printed as they
// come: the printer adds none to a tree, and neither do we.
import type TypeScript from "typescript";
import { literal, modifiers, name, plain, propertyName, Unprintable } from "./print-leaves.js";
import { commentLines } from "./print-text.js";
import { ts } from "./transformer.js";

const K = ts.SyntaxKind;


/** Appends `node`'s text, at `indent`, to `out` (joined once at the end: see ./print.ts). */
type Print = (node: TypeScript.Node, indent: string, out: string[]) => void;

/** `node` at `indent` (the indentation of the line it starts on), appended to `out`. */
export function typeText(node: TypeScript.Node, indent: string, out: string[]): void {
  plain(node);
  const print = PRINTERS[node.kind];
  if (print === undefined) throw new Unprintable();
  print(node, indent, out);
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
  [K.Identifier]: (node, _, out) => void out.push((node as TypeScript.Identifier).text),
  [K.LiteralType]: (node, _, out) => void out.push(literal((node as TypeScript.LiteralTypeNode).literal)),
  [K.TypeReference]: (node, indent, out) => {
    const { typeName, typeArguments } = node as TypeScript.TypeReferenceNode;
    out.push(name(typeName));
    if (!typeArguments?.length) return;
    out.push("<");
    list(typeArguments, indent, ", ", out);
    out.push(">");
  },
  [K.UnionType]: (node, indent, out) => list((node as TypeScript.UnionTypeNode).types, indent, " | ", out),
  [K.IntersectionType]: (node, indent, out) => list((node as TypeScript.IntersectionTypeNode).types, indent, " & ", out),
  [K.ArrayType]: (node, indent, out) => {
    typeText((node as TypeScript.ArrayTypeNode).elementType, indent, out);
    out.push("[]");
  },
  [K.IndexedAccessType]: (node, indent, out) => {
    const { objectType, indexType } = node as TypeScript.IndexedAccessTypeNode;
    typeText(objectType, indent, out);
    out.push("[");
    typeText(indexType, indent, out);
    out.push("]");
  },
  [K.ParenthesizedType]: (node, indent, out) => {
    out.push("(");
    typeText((node as TypeScript.ParenthesizedTypeNode).type, indent, out);
    out.push(")");
  },
  // An empty type literal is `{}`; a non-empty one is broken over lines like an interface.
  [K.TypeLiteral]: (node, indent, out) => {
    const literalMembers = (node as TypeScript.TypeLiteralNode).members;
    if (literalMembers.length === 0) out.push("{}");
    else members(literalMembers, indent, out);
  },
  // A tuple is broken over lines, one element each, even when empty (`[\n]`).
  [K.TupleType]: (node, indent, out) => {
    const inner = `${indent}    `;
    const elements = (node as TypeScript.TupleTypeNode).elements;
    out.push("[\n");
    if (elements.length > 0) {
      out.push(inner);
      list(elements, inner, `,\n${inner}`, out);
      out.push("\n");
    }
    out.push(indent, "]");
  },
  [K.RestType]: (node, indent, out) => {
    out.push("...");
    typeText((node as TypeScript.RestTypeNode).type, indent, out);
  },
  [K.OptionalType]: (node, indent, out) => {
    typeText((node as TypeScript.OptionalTypeNode).type, indent, out);
    out.push("?");
  },
  [K.TypeOperator]: (node, indent, out) => {
    const { operator, type } = node as TypeScript.TypeOperatorNode;
    out.push(`${ts.tokenToString(operator)} `);
    typeText(type, indent, out);
  },
  [K.ConditionalType]: (node, indent, out) => {
    const { checkType, extendsType, trueType, falseType } = node as TypeScript.ConditionalTypeNode;
    typeText(checkType, indent, out);
    out.push(" extends ");
    typeText(extendsType, indent, out);
    out.push(" ? ");
    typeText(trueType, indent, out);
    out.push(" : ");
    typeText(falseType, indent, out);
  },
  [K.InferType]: (node, indent, out) => {
    out.push("infer ");
    typeText((node as TypeScript.InferTypeNode).typeParameter, indent, out);
  },
  [K.TypeParameter]: (node, indent, out) => {
    const parameter = node as TypeScript.TypeParameterDeclaration;
    if (parameter.modifiers?.length) throw new Unprintable();
    out.push(name(parameter.name));
    if (parameter.constraint) {
      out.push(" extends ");
      typeText(parameter.constraint, indent, out);
    }
    if (parameter.default) {
      out.push(" = ");
      typeText(parameter.default, indent, out);
    }
  },
  [K.MappedType]: (node, indent, out) => mapped(node as TypeScript.MappedTypeNode, indent, out),
  ...Object.fromEntries(KEYWORDS.map((kind) => [kind, keyword(kind)])),
};

function keyword(kind: TypeScript.SyntaxKind): Print {
  const text = ts.tokenToString(kind) as string;
  return (_node, _indent, out) => void out.push(text);
}

function list(nodes: readonly TypeScript.Node[], indent: string, separator: string, out: string[]): void {
  for (let i = 0; i < nodes.length; i++) {
    if (i > 0) out.push(separator);
    typeText(nodes[i], indent, out);
  }
}

/** `{ [P in K]-?: T[P] }` (openapi-typescript's WithRequired), broken over lines like a literal. */
function mapped(node: TypeScript.MappedTypeNode, indent: string, out: string[]): void {
  const { readonlyToken, typeParameter, nameType, questionToken, type } = node;
  if (type === undefined || node.members?.length || typeParameter.constraint === undefined) throw new Unprintable();
  plain(readonlyToken);
  plain(questionToken);
  plain(typeParameter);
  const inner = `${indent}    `;
  const prefix = readonlyToken ? `${readonlyToken.kind === K.ReadonlyKeyword ? "" : ts.tokenToString(readonlyToken.kind)}readonly ` : "";
  out.push("{\n", inner, prefix, "[", name(typeParameter.name), " in ");
  typeText(typeParameter.constraint, inner, out);
  if (nameType) {
    out.push(" as ");
    typeText(nameType, inner, out);
  }
  out.push("]", questionToken ? `${questionToken.kind === K.QuestionToken ? "" : ts.tokenToString(questionToken.kind)}?` : "", ": ");
  typeText(type, inner, out);
  out.push(";\n", indent, "}");
}

/** `{`, each member on its own line one level in, `}` at `indent`. */
export function members(list: readonly TypeScript.TypeElement[], indent: string, out: string[]): void {
  const inner = `${indent}    `;
  out.push("{\n");
  for (const member of list) memberLines(member, inner, out);
  out.push(indent, "}");
}

/** A property or index signature, after the JSDoc openapi-typescript attached to it. */
function memberLines(node: TypeScript.TypeElement, indent: string, out: string[]): void {
  for (const comment of plain(node, true)) {
    // addJSDocComment's: `/*…*/` on lines of its own; other placements lay out differently.
    if (comment.kind !== K.MultiLineCommentTrivia || !comment.hasTrailingNewLine || comment.hasLeadingNewline) throw new Unprintable();
    out.push(commentLines(comment.text, indent));
  }
  if (node.kind === K.PropertySignature) {
    const property = node as TypeScript.PropertySignature;
    plain(property.questionToken);
    out.push(indent, modifiers(property.modifiers), propertyName(property.name), property.questionToken ? "?" : "");
    annotation(property.type, indent, out);
  } else if (node.kind === K.IndexSignature) {
    const index = node as TypeScript.IndexSignatureDeclaration;
    out.push(indent, modifiers(index.modifiers), "[");
    index.parameters.forEach((parameter, i) => indexParameter(parameter, indent, i === 0 ? "" : ", ", out));
    out.push("]");
    annotation(index.type, indent, out);
  } else {
    throw new Unprintable();
  }
  out.push(";\n");
}

function indexParameter(node: TypeScript.ParameterDeclaration, indent: string, separator: string, out: string[]): void {
  plain(node);
  if (node.modifiers?.length || node.dotDotDotToken || node.questionToken || node.initializer) throw new Unprintable();
  out.push(separator, name(node.name));
  annotation(node.type, indent, out);
}

function annotation(type: TypeScript.TypeNode | undefined, indent: string, out: string[]): void {
  if (type === undefined) return;
  out.push(": ");
  typeText(type, indent, out);
}


export function typeParameters(nodes: readonly TypeScript.TypeParameterDeclaration[] | undefined, out: string[]): void {
  if (!nodes?.length) return;
  out.push("<");
  list(nodes, "", ", ", out);
  out.push(">");
}
