// readOnly and writeOnly (OpenAPI 3.1 §4.8.24, from JSON Schema Validation 2020-12 §9.4;
// OpenAPI 3.0 §4.7.24.1): a readOnly property is the API's to set, so a request body has
// none; a writeOnly one (a password) is the caller's, so a response has none. schema.ts marks
// such properties `$Read<T>` / `$Write<T>` (openapi-typescript's readWriteMarkers) and a
// type that holds a marked property at some depth is read through `Readable<…>` (responses)
// or `Writable<…>` (request bodies). This module decides which types those are.
// https://spec.openapis.org/oas/v3.1.0#fixed-fields-20
import { resolveRef } from "../load/refs.js";

export type Mark = "read" | "write";
type Resolve = (ref: string) => unknown;
type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Where a property's schema is marked: its own `readOnly`/`writeOnly`, else that of the
 * schema its `$ref` names (`id: { $ref: Id }` with `Id: { readOnly: true }`). Both, or
 * neither: unmarked, the property belongs to either direction.
 */
export function propertyMark(property: unknown, resolve: Resolve): Mark | undefined {
  if (!isNode(property)) return undefined;
  let read = property.readOnly === true;
  let write = property.writeOnly === true;
  if (!read && !write && typeof property.$ref === "string") {
    const target = resolve(property.$ref);
    read = isNode(target) && target.readOnly === true;
    write = isNode(target) && target.writeOnly === true;
  }
  if (read === write) return undefined;
  return read ? "read" : "write";
}

/**
 * Whether the document marks anything readOnly or writeOnly. Without either, schema.ts is
 * printed with no markers and generated files stay as they were before this feature.
 */
export function usesReadWrite(document: unknown): boolean {
  const stack = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (!Array.isArray(node) && ((node as Node).readOnly === true || (node as Node).writeOnly === true)) return true;
    for (const value of Object.values(node)) if (typeof value === "object" && value !== null) stack.push(value);
  }
  return false;
}

/** Keywords whose value is one subschema, and those holding a list or a map of them. */
const ONE = ["items", "additionalProperties", "unevaluatedProperties", "contains", "not"];
const LIST = ["allOf", "anyOf", "oneOf", "prefixItems"];
const MAP = ["patternProperties"];

/** Per document, per `$ref`: whether its own tree marks a property, and the refs it names. */
interface Shape {
  marked: boolean;
  refs: string[];
}
const shapes = new WeakMap<object, { uses: boolean; byRef: Map<string, Shape>; answers: Map<string, boolean> }>();

/** The schema's own tree, not following `$ref`s: does it mark a property, which refs does it name. */
function shapeOf(schema: unknown, resolve: Resolve): Shape {
  const shape: Shape = { marked: false, refs: [] };
  const visit = (node: unknown): void => {
    if (!isNode(node) || shape.marked) return;
    if (typeof node.$ref === "string") shape.refs.push(node.$ref);
    // openapi-typescript 7 prints a schema's `$defs` entries as properties, marked alike.
    for (const map of [node.properties, node.$defs]) {
      if (!isNode(map)) continue;
      for (const key in map) if (propertyMark(map[key], resolve) !== undefined) shape.marked = true;
      for (const key in map) visit(map[key]);
    }
    for (const key of ONE) visit(node[key]);
    for (const key of LIST) if (Array.isArray(node[key])) for (const item of node[key] as unknown[]) visit(item);
    for (const key of MAP) if (isNode(node[key])) for (const value of Object.values(node[key])) visit(value);
  };
  visit(schema);
  return shape;
}

/**
 * Whether the type printed for `schema` holds a marked property at some depth, through
 * `$ref`s, arrays, maps and compositions: then requests and responses see it differently.
 * Refs form cycles (a tree node names itself), so this is reachability in the ref graph.
 */
export function holdsMarks(document: object, schema: unknown): boolean {
  let memo = shapes.get(document);
  // One walk of the whole document answers every call for most documents: nothing is marked.
  if (memo === undefined) shapes.set(document, (memo = { uses: usesReadWrite(document), byRef: new Map(), answers: new Map() }));
  const { uses, byRef, answers } = memo;
  if (!uses) return false;
  const resolve = (ref: string) => resolveRef(document, ref);
  const shape = (ref: string): Shape => {
    let known = byRef.get(ref);
    if (known === undefined) byRef.set(ref, (known = shapeOf(resolve(ref), resolve)));
    return known;
  };
  const start = shapeOf(schema, resolve);
  if (start.marked) return true;
  // Each ref found is remembered with the ref whose schema named it, so that a mark found
  // answers for every ref on the way to it too (GitHub's document asks 7,741 times).
  const namedBy = new Map<string, string | undefined>(start.refs.map((ref) => [ref, undefined]));
  const seen = new Set<string>();
  const queue = [...start.refs];
  while (queue.length > 0) {
    const ref = queue.pop() as string;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const answer = answers.get(ref);
    if (answer === false) continue;
    if (answer === true || shape(ref).marked) {
      for (let on: string | undefined = ref; on !== undefined; on = namedBy.get(on)) answers.set(on, true);
      return true;
    }
    for (const next of shape(ref).refs) {
      if (!namedBy.has(next)) namedBy.set(next, ref);
      queue.push(next);
    }
  }
  // Nothing reachable marks a property: neither does anything reachable from those refs.
  for (const ref of seen) answers.set(ref, false);
  return false;
}
