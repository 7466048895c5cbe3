// Every value of the document against the OpenAPI object it stands for, before any later
// stage reads it: a string where an object belongs, an `operationId` that is a number, a
// schema `type` that is no JSON type, a required field left out. The object types and their
// fields come from Redocly's type tree for the document's version (the tree its `struct`
// rule walks), not a list of our own; the walk here is iterative, so no depth of nesting
// can overflow it, and it reads only what the version defines (extensions are skipped).
//
// Errors where generation can not be right (the stages would trip, or print a wrong type);
// warnings where it can (a response without `description` still has a shape).
import { normalizeTypes, type NormalizedNodeType } from "@redocly/openapi-core/lib/types/index.js";
import { Oas2Types } from "@redocly/openapi-core/lib/types/oas2.js";
import { Oas3Types } from "@redocly/openapi-core/lib/types/oas3.js";
import { Oas3_1Types } from "@redocly/openapi-core/lib/types/oas3_1.js";
import type { Finding } from "./finding.js";
import { isObject, typeName, type JsonObject } from "./json-value.js";
import { appendPointer, joinPointer, parsePointer } from "./pointer.js";
import { isInternal, resolveRef } from "./refs.js";

export interface ShapeFinding extends Finding {
  severity: "error" | "warning";
}

type Scalar = { type?: string; items?: Scalar; enum?: unknown[]; isExample?: boolean; name?: undefined };
type Prop = NormalizedNodeType | Scalar | null | undefined;
type PropFn = (value: unknown, key: string) => Prop;

/**
 * Required fields whose absence leaves generation guessing: a client can not be right
 * without them. Any other required field missing is a warning.
 */
const REQUIRED_ERRORS: Record<string, Set<string>> = {
  Info: new Set(["title", "version"]),
  Parameter: new Set(["name", "in"]),
  SecurityScheme: new Set(["type", "name", "in", "scheme", "flows", "openIdConnectUrl"]),
  ImplicitFlow: new Set(["authorizationUrl", "scopes"]),
  PasswordFlow: new Set(["tokenUrl", "scopes"]),
  ClientCredentials: new Set(["tokenUrl", "scopes"]),
  AuthorizationCode: new Set(["authorizationUrl", "tokenUrl", "scopes"]),
  Server: new Set(["url"]),
  Discriminator: new Set(["propertyName"]),
};

/**
 * JSON Schema validation keywords (2020-12 Validation §6): the types stage does not print
 * them, so a value of the wrong type (`exclusiveMinimum: true` in a 3.1 document, the 3.0
 * habit) leaves the client right. Warned, not refused.
 */
const VALIDATION_ONLY = new Set([
  "multipleOf", "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "maxLength", "minLength",
  "pattern", "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties", "maxContains", "minContains",
]);

const trees = new Map<string, Record<string, NormalizedNodeType>>();

function treeFor(family: "swagger2" | "openapi3", version: string): Record<string, NormalizedNodeType> {
  const key = family === "swagger2" ? "2" : version.startsWith("3.1") ? "3.1" : "3.0";
  let tree = trees.get(key);
  if (!tree) {
    tree = normalizeTypes(key === "2" ? Oas2Types : key === "3.1" ? Oas3_1Types : Oas3Types);
    trees.set(key, tree);
  }
  return tree;
}

/** `SecurityScheme` -> `security scheme`; a list or map is named by its key: `'parameters'`. */
function label(type: NormalizedNodeType, key: string, parent: string | undefined): string {
  const collection = type.items !== undefined || (Object.keys(type.properties).length === 0 && type.additionalProperties);
  if (collection || parent === "Root") return `'${key}'`;
  return type.name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

function isNamed(prop: Prop): prop is NormalizedNodeType {
  return typeof prop === "object" && prop !== null && typeof prop.name === "string";
}

function scalarProblem(value: unknown, want: Scalar): string | undefined {
  if (want.isExample) return undefined;
  if (want.type !== undefined) {
    const ok =
      want.type === "integer" ? Number.isInteger(value)
      : want.type === "object" ? isObject(value)
      : want.type === "array" ? Array.isArray(value)
      : typeof value === want.type;
    if (!ok) return `must be ${want.type === "integer" || want.type === "array" || want.type === "object" ? "an" : "a"} ${want.type}, found ${typeName(value)}`;
    if (want.type === "array" && want.items) {
      const bad = (value as unknown[]).map((item) => scalarProblem(item, want.items as Scalar)).find((p) => p !== undefined);
      if (bad) return `has an item that ${bad}`;
    }
  }
  if (want.enum && !want.enum.includes(value)) {
    return `must be one of ${want.enum.join(", ")}, found ${typeof value === "string" ? `'${value}'` : JSON.stringify(value) ?? typeName(value)}`;
  }
  return undefined;
}

/** Where a value stands; its pointer is only spelled out when something is reported there. */
interface Place {
  up?: Place;
  key: string;
}

function pointerOf(place: Place): string {
  const keys: string[] = [];
  for (let at: Place | undefined = place; at?.up !== undefined; at = at.up) keys.push(at.key);
  return joinPointer(keys.reverse());
}

interface Visit {
  value: unknown;
  type: NormalizedNodeType;
  place: Place;
  parent?: string;
}

/** A list type (`ParameterList`) or a map of names (`SchemaProperties`), worked out once per type. */
const kinds = new WeakMap<NormalizedNodeType, { list: boolean; map: boolean }>();
function kindOf(type: NormalizedNodeType): { list: boolean; map: boolean } {
  let kind = kinds.get(type);
  if (!kind) {
    const bare = Object.keys(type.properties).length === 0;
    kind = { list: bare && type.items !== undefined, map: bare && type.additionalProperties !== undefined };
    kinds.set(type, kind);
  }
  return kind;
}

class ShapeChecker {
  readonly findings: ShapeFinding[] = [];
  /** Target check results by kind and ref; a cycle's depends on the site, so it is not kept. */
  private readonly targets = new Map<string, string | undefined>();
  private cycle = false;
  constructor(readonly root: JsonObject) {}

  report(severity: ShapeFinding["severity"], pointer: string, message: string): void {
    this.findings.push({ code: "structure", severity, message, pointer });
  }

  /**
   * A Reference Object stands for its target, which is checked where it is defined; here,
   * that it is a string, and that what it names (through any chain of refs) can stand where
   * the ref does. External refs are bundled in before this runs.
   */
  reference(node: JsonObject, type: NormalizedNodeType, list: boolean, place: Place): boolean {
    if (!("$ref" in node)) return false;
    const ref = node.$ref;
    if (typeof ref !== "string") {
      this.report("error", appendPointer(pointerOf(place), "$ref"), `'$ref' must be a string, found ${typeName(ref)}`);
      return true;
    }
    if (!isInternal(ref)) return true;
    // Large documents hold thousands of refs to the same few targets: each checked once per kind.
    const key = `${type.name}\u0000${ref}`;
    let problem = this.targets.get(key);
    if (problem === undefined && !this.targets.has(key)) {
      problem = this.target(ref, type, list, place);
      if (!this.cycle) this.targets.set(key, problem);
      this.cycle = false;
    }
    if (problem) this.report("error", pointerOf(place), `$ref '${ref}' ${problem}`);
    return true;
  }

  target(ref: string, type: NormalizedNodeType, list: boolean, place: Place): string | undefined {
    try {
      decodeURIComponent(ref.slice(1));
    } catch {
      return "is not a valid URI fragment: a '%' must start a percent-escape (RFC 3986 §2.1)";
    }
    const seen = [joinPointer(parsePointer(ref))];
    let value = resolveRef(this.root, ref);
    // OpenAPI 3.1 §4.8.23: a ref is replaced by what it names; a chain of refs only must end.
    while (isObject(value) && typeof value.$ref === "string" && isInternal(value.$ref)) {
      const next = joinPointer(parsePointer(value.$ref));
      if (seen.includes(next)) {
        this.cycle = true;
        // Said once, at the refs that make the cycle; a ref into it is then reported there.
        const members = seen.slice(seen.indexOf(next));
        const site = pointerOf(place);
        const at = members.indexOf(site);
        if (at < 0) return undefined;
        const cycle = [...members.slice(at), ...members.slice(0, at), site];
        return `is a cycle of references that never reaches a value: ${cycle.join(" -> ")}`;
      }
      seen.push(next);
      value = resolveRef(this.root, value.$ref);
    }
    if (value === undefined) return undefined; // reported by checkRefs as not found
    if (value === this.root) return "points at the whole document";
    if (type.name === "Schema" && typeof value === "boolean") return undefined;
    const wanted = list ? Array.isArray(value) : isObject(value);
    return wanted ? undefined : `points at ${typeName(value) === "array" ? "an array" : `a ${typeName(value)}`}, not ${list ? "a list" : `a ${label(type, "", undefined)}`}`;
  }

  /** Reports on one node; its children go to `queue` in document order. */
  node(visit: Visit, queue: Visit[]): void {
    const { value, type, place, parent } = visit;
    const { list, map } = kindOf(type);
    const key = place.key;
    // OpenAPI 3.1 §4.8.24: a Schema Object may be a boolean (JSON Schema 2020-12 §4.3.2).
    if (type.name === "Schema" && typeof value === "boolean") return;
    if (list ? !Array.isArray(value) : !isObject(value)) {
      this.report("error", pointerOf(place), `${label(type, key, parent)} must be ${list ? "an array" : "an object"}, found ${typeName(value)}`);
      return;
    }
    // A map of names (`properties`, `headers`, ...) is no Reference Object: `$ref` there is a
    // name, a property called `$ref`. Of the maps only a Callback may be a ref (§4.8.18).
    if (!list && (!map || type.name === "Callback") && this.reference(value as JsonObject, type, list, place)) return;
    if (list) {
      (value as unknown[]).forEach((item, i) => this.child(item, type.items as Prop | PropFn, place, String(i), type, queue));
      return;
    }
    const object = value as JsonObject;
    this.required(object, type, place, parent);
    if (type.name === "OAuth2Flows" && !["implicit", "password", "clientCredentials", "authorizationCode"].some((flow) => flow in object)) {
      // OpenAPI 3.1 §4.8.29: a scheme with no flow gives the client no way to get a token.
      this.report("error", pointerOf(place), "'flows' declares no flow: give at least one of implicit, password, clientCredentials, authorizationCode");
    }
    for (const [name, child] of Object.entries(object)) {
      if (type.extensionsPrefix && name.startsWith(type.extensionsPrefix)) continue;
      const prop = name in type.properties ? type.properties[name] : type.additionalProperties;
      if (type.name === "Responses" && typeof prop === "function" && prop(child, name) === undefined) {
        // OpenAPI 3.1 §4.8.16.2: keys are HTTP status codes, ranges like `2XX`, or `default`.
        this.report("error", pointerOf({ up: place, key: name }), `response key '${name}' is not an HTTP status code, a range like 2XX, or 'default'`);
        continue;
      }
      this.child(child, prop as Prop | PropFn, place, name, type, queue);
    }
  }

  child(value: unknown, prop: Prop | PropFn, up: Place, key: string, parent: NormalizedNodeType, queue: Visit[]): void {
    const resolved = typeof prop === "function" ? prop(value, key) : prop;
    if (resolved === null || resolved === undefined) return;
    if (isNamed(resolved)) {
      queue.push({ value, type: resolved, place: { up, key }, parent: parent.name });
      return;
    }
    const problem = scalarProblem(value, resolved as Scalar);
    if (problem) this.report(VALIDATION_ONLY.has(key) ? "warning" : "error", pointerOf({ up, key }), `'${key}' ${problem}`);
  }

  required(object: JsonObject, type: NormalizedNodeType, place: Place, parent: string | undefined): void {
    const required = typeof type.required === "function" ? type.required(object, place.key) : type.required;
    for (const field of required ?? []) {
      if (field in object) continue;
      // The Root's own fields are checked by structure.ts, with the version's rules.
      if (type.name === "Root") continue;
      const severity = REQUIRED_ERRORS[type.name]?.has(field) ? "error" : "warning";
      this.report(severity, pointerOf(place), `${label(type, place.key, parent)} has no '${field}'`);
    }
  }
}

/** Checks `document` (as written: Swagger 2.0 or OpenAPI 3.x) against its version's object types. */
export function checkShape(document: JsonObject, family: "swagger2" | "openapi3", version: string): ShapeFinding[] {
  const tree = treeFor(family, version);
  const checker = new ShapeChecker(document);
  const root: Place = { key: "" };
  const queue: Visit[] = [{ value: document, type: tree.Root, place: root }];
  // OpenAPI 3.0 has no `webhooks` (3.1 §4.8.1 added it), yet the types stage prints them.
  if (family === "openapi3" && !("webhooks" in tree.Root.properties) && "webhooks" in document) {
    queue.push({ value: document.webhooks, type: tree.WebhooksMap, place: { up: root, key: "webhooks" }, parent: "Root" });
  }
  // Depth first, children pushed in reverse so findings come in document order.
  while (queue.length > 0) {
    const children: Visit[] = [];
    checker.node(queue.pop() as Visit, children);
    for (let i = children.length - 1; i >= 0; i--) queue.push(children[i]);
  }
  return checker.findings;
}
