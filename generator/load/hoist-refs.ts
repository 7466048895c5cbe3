// A `$ref` may point anywhere in a document (OpenAPI 3.1 §4.8.23: a Reference Object's
// `$ref` is any URI), and real documents point into `#/paths/...`: at a request body's
// property, at `parameters/0/schema`, at a response's `content/<media>/schema`. The types
// stage (openapi-typescript) prints such a ref as a lookup into `paths[...]` that does not
// exist in the types it prints (`paths["/a"]["get"]["parameters"][0]` is `{ query, path, ... }`),
// so tsc rejects schema.ts. Here each such target becomes a component of its kind, its old
// place and every ref to it then point at the component: same document, printable types.
import { collectRefs, isInternal, resolveRef, type RefSite } from "./refs.js";
import { isObject, type JsonObject } from "./json-value.js";
import { joinPointer, parsePointer } from "./pointer.js";

type Group = "schemas" | "parameters" | "requestBodies" | "responses" | "headers";

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/**
 * What an object at `segments` is, by the OpenAPI structure around it (§4.8.8 Path Item,
 * §4.8.10 Operation, §4.8.12 Parameter, §4.8.13 Request Body, §4.8.17 Response, §4.8.21
 * Header, §4.8.14 Media Type), or undefined where openapi-typescript prints the ref right:
 * a component itself, anything inside a schema component, or an object of no component kind.
 */
export function groupOf(segments: readonly string[]): Group | undefined {
  const [root, key, name] = segments;
  if (root === "paths" || root === "webhooks") return key === undefined ? undefined : pathItem(segments, 2);
  if (root !== "components" || name === undefined || segments.length === 3) return undefined;
  const start: Record<string, (s: readonly string[], i: number) => Group | undefined> = {
    parameters: parameter,
    requestBodies: requestBody,
    responses: response,
    headers: header,
    pathItems: pathItem,
  };
  return start[key]?.(segments, 3);
}

function pathItem(s: readonly string[], i: number): Group | undefined {
  if (s[i] === "parameters" && s.length > i + 1) return parameter(s, i + 2);
  return METHODS.has(s[i]) ? operation(s, i + 1) : undefined;
}

function operation(s: readonly string[], i: number): Group | undefined {
  if (s[i] === "parameters" && s.length > i + 1) return parameter(s, i + 2);
  if (s[i] === "requestBody") return requestBody(s, i + 1);
  if (s[i] === "responses" && s.length > i + 1) return response(s, i + 2);
  // §4.8.18 Callback: a map of expressions to Path Items.
  if (s[i] === "callbacks" && s.length > i + 2) return pathItem(s, i + 3);
  return undefined;
}

function parameter(s: readonly string[], i: number): Group | undefined {
  if (i === s.length) return "parameters";
  return schemaOrContent(s, i);
}

function requestBody(s: readonly string[], i: number): Group | undefined {
  if (i === s.length) return "requestBodies";
  return s[i] === "content" ? schemaOrContent(s, i) : undefined;
}

function response(s: readonly string[], i: number): Group | undefined {
  if (i === s.length) return "responses";
  if (s[i] === "headers" && s.length > i + 1) return header(s, i + 2);
  return s[i] === "content" ? schemaOrContent(s, i) : undefined;
}

function header(s: readonly string[], i: number): Group | undefined {
  if (i === s.length) return "headers";
  return schemaOrContent(s, i);
}

/** `schema/...` or `content/<media type>/schema/...`: anything from there down is a schema. */
function schemaOrContent(s: readonly string[], i: number): Group | undefined {
  if (s[i] === "schema") return "schemas";
  return s[i] === "content" && s[i + 2] === "schema" ? "schemas" : undefined;
}

/** `paths/~1users~1{id}/get/parameters/0` -> `users_id_get_parameters_0`; §4.8.7 allows `[a-zA-Z0-9.\-_]`. */
function componentName(segments: readonly string[], taken: JsonObject): string {
  const words = segments
    .slice(1)
    .filter((s, i) => i === 0 || !(s.includes("/") || s === "content" || s === "schema" || s === "properties"))
    .flatMap((s) => s.split(/[^A-Za-z0-9]+/))
    .filter((word) => word !== "");
  const base = words.join("_") || "hoisted";
  let name = base;
  for (let n = 2; name in taken; n++) name = `${base}_${n}`;
  return name;
}

function isRef(value: unknown): value is { $ref: string } {
  return isObject(value) && typeof value.$ref === "string";
}

/** The parent object or array of `segments`, walking only real keys (no refs on the way). */
function parentOf(root: unknown, segments: readonly string[]): Record<string, unknown> | undefined {
  let node = root;
  for (const segment of segments.slice(0, -1)) {
    if (typeof node !== "object" || node === null || isRef(node) || !(segment in node)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === "object" && node !== null ? (node as Record<string, unknown>) : undefined;
}

/**
 * The document with every ref into a non-component place hoisted into `components`, or the
 * same object when there is none. The input is never changed: load/ still locates pointers in it.
 */
export function hoistRefs(document: JsonObject, sites: readonly RefSite[] = collectRefs(document)): JsonObject {
  const targets = new Map<string, Group>();
  for (const site of sites) {
    if (site.mapping || !isInternal(site.ref)) continue;
    const segments = parsePointer(site.ref);
    const group = groupOf(segments);
    if (group !== undefined) targets.set(joinPointer(segments), group);
  }
  if (targets.size === 0) return document;
  const root = structuredClone(document);
  const components = (isObject(root.components) ? root.components : (root.components = {})) as JsonObject;
  const renamed = new Map<string, string>();
  // Deepest first: a target inside another is hoisted before its container is copied.
  const order = [...targets.keys()].sort((a, b) => parsePointer(b).length - parsePointer(a).length || (a < b ? -1 : 1));
  for (const target of order) {
    const value = resolveRef(root, target);
    if (value === undefined) continue; // load/ has reported it as not found
    if (isRef(value)) {
      renamed.set(target, value.$ref);
      continue;
    }
    const group = targets.get(target) as Group;
    const holder = (isObject(components[group]) ? components[group] : (components[group] = {})) as JsonObject;
    const segments = parsePointer(target);
    const name = componentName(segments, holder);
    const ref = `#/components/${group}/${name}`;
    holder[name] = value;
    const parent = parentOf(root, segments);
    if (parent && parent[segments[segments.length - 1]] === value) parent[segments[segments.length - 1]] = { $ref: ref };
    renamed.set(target, ref);
  }
  for (const site of collectRefs(root)) {
    if (site.mapping || !isInternal(site.ref)) continue;
    const to = renamed.get(joinPointer(parsePointer(site.ref)));
    if (to === undefined) continue;
    const holder = resolveSite(root, site.path);
    if (holder) holder.$ref = to;
  }
  return root;
}

function resolveSite(root: unknown, path: readonly string[]): JsonObject | undefined {
  let node = root;
  for (const segment of path) node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment] : undefined;
  return isObject(node) ? node : undefined;
}
