// Every `$ref` of a document, and whether each one points at something (OpenAPI 3.1 §4.8.23,
// Reference Object; JSON Reference: the fragment is a JSON pointer, RFC 6901).
import type { Finding } from "./finding.js";
import { isObject, type JsonObject } from "./json-value.js";
import { joinPointer, parsePointer } from "./pointer.js";

export interface RefSite {
  /** Where the Reference Object stands, as path segments (joined only when reported). */
  path: string[];
  ref: string;
  /** A discriminator mapping value rather than a `$ref`. */
  mapping?: boolean;
}

/** Maps whose keys are names the author chose: a key there is never a keyword. */
const NAMED = new Set([
  "properties", "patternProperties", "dependentSchemas", "definitions", "$defs",
  "responses", "schemas", "parameters", "examples", "headers", "securitySchemes",
  "requestBodies", "links", "callbacks", "pathItems", "webhooks", "content", "encoding",
]);

/**
 * Values OpenAPI defines as literal data (examples, defaults, enums, consts): an object with
 * a `$ref` key there is data, not a reference. Extensions (`x-`) are vendor data keyway never
 * reads. Under a map of names (`properties`, `responses`, ...) the same words are just names.
 */
function isLiteral(key: string, value: unknown, path: readonly string[]): boolean {
  if (NAMED.has(path[path.length - 1])) return false;
  if (key === "example" || key === "default" || key === "enum" || key === "const") return true;
  if (key.startsWith("x-")) return true;
  if (key === "examples" && Array.isArray(value)) return true; // JSON Schema `examples`
  return key === "value" && path[path.length - 2] === "examples"; // Example Object `value`
}

export function collectRefs(root: unknown): RefSite[] {
  const sites: RefSite[] = [];
  const path: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(String(i));
        visit(node[i]);
        path.pop();
      }
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.$ref === "string") sites.push({ path: path.slice(), ref: node.$ref });
    if (path[path.length - 1] === "mapping" && path[path.length - 2] === "discriminator") mappingSites(node, path, sites);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value !== "object" || value === null || isLiteral(key, value, path)) continue;
      path.push(key);
      visit(value);
      path.pop();
    }
  };
  visit(root);
  return sites;
}

/**
 * OpenAPI 3.1 §4.8.25.1: a mapping value is a schema name or a reference; only a value with
 * `/` or `#` (or a file extension) can be a reference, a bare name is not one.
 */
function mappingSites(mapping: JsonObject, path: readonly string[], sites: RefSite[]): void {
  for (const [name, value] of Object.entries(mapping)) {
    if (typeof value === "string" && /[/#]|\.(ya?ml|json)$/i.test(value)) sites.push({ path: [...path, name], ref: value, mapping: true });
  }
}

export function isInternal(ref: string): boolean {
  return ref.startsWith("#");
}

const MAX_HOPS = 64;

/**
 * A document names the same targets over and over (GitHub's: 10,460 `$ref`s naming 1,764), and
 * load/, model/ and types/ each resolve them: each ref string is parsed once. Cleared when it
 * grows past any one document's, so a long `--watch` keeps no more than that.
 */
const parsedRefs = new Map<string, readonly string[]>();
const MAX_PARSED_REFS = 100_000;

function refSegments(ref: string): readonly string[] {
  let segments = parsedRefs.get(ref);
  if (segments === undefined) {
    if (parsedRefs.size >= MAX_PARSED_REFS) parsedRefs.clear();
    segments = parsePointer(ref);
    parsedRefs.set(ref, segments);
  }
  return segments;
}

/**
 * The value a local `#/...` reference names, or undefined when it names nothing. References
 * met on the way are followed as JSON Reference resolution does: `#/paths/~1a/get` reaches the
 * operation when the path item `/a` is itself a `$ref`. Load validates every `$ref` with this
 * function and the model resolves with it, so a reference load accepts, the model finds.
 * Only own keys count: `#/constructor` names nothing.
 */
export function resolveRef(root: unknown, ref: string): unknown {
  if (!isInternal(ref)) return undefined;
  let node = root;
  let segments = refSegments(ref);
  for (let hops = 0; hops < MAX_HOPS; ) {
    let i = 0;
    for (; i < segments.length; i++) {
      if (isObject(node) && typeof node.$ref === "string" && !Object.hasOwn(node, segments[i])) break;
      if (typeof node !== "object" || node === null || !Object.hasOwn(node, segments[i])) return undefined;
      node = (node as Record<string, unknown>)[segments[i]];
    }
    if (i === segments.length) return node;
    const through = (node as { $ref: string }).$ref;
    if (!isInternal(through)) return undefined;
    segments = [...refSegments(through), ...segments.slice(i)];
    node = root;
    hops++;
  }
  return undefined;
}

/** One finding per reference that points at nothing (after bundling every ref should be internal). */
export function checkRefs(root: unknown, sites: readonly RefSite[]): (Finding & { ref: string })[] {
  const found = new Map<string, boolean>();
  const findings: (Finding & { ref: string })[] = [];
  for (const site of sites) {
    let ok = found.get(site.ref);
    if (ok === undefined) {
      ok = resolveRef(root, site.ref) !== undefined;
      found.set(site.ref, ok);
    }
    if (ok) continue;
    const message = site.mapping ? `discriminator mapping '${site.ref}' not found` : `$ref '${site.ref}' not found`;
    findings.push({ code: "unresolved-ref", message, pointer: joinPointer(site.path), ref: site.ref });
  }
  return findings;
}
