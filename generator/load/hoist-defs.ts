// JSON Schema 2020-12 §8.2.4: `$defs` holds schemas for reuse; it is no property of the
// instance. openapi-typescript prints it as one, required (`Thing: { name: string; $defs: {...} }`),
// so a caller building a `Thing` would have to send its definitions. Each `$defs` entry
// becomes a component schema of its own, every ref into it points there, and the keyword goes.
import { collectRefs, isInternal } from "./refs.js";
import { isObject, type JsonObject } from "./json-value.js";
import { joinPointer, parsePointer } from "./pointer.js";

/** Values that are data, not schemas: a `$defs` key inside them is the user's own. */
const LITERAL = new Set(["example", "examples", "default", "enum", "const"]);
const MAPS = new Set(["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"]);

function holdersOfDefs(root: JsonObject): string[][] {
  const found: string[][] = [];
  const path: string[] = [];
  // Recursion is safe here: load/ refused anything nested past MAX_DEPTH before this runs.
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => (path.push(String(i)), visit(item), path.pop()));
      return;
    }
    if (!isObject(node)) return;
    // Under a map of names (`properties`, ...) a `$defs` key is a property's name.
    if (path.length > 0 && !MAPS.has(path[path.length - 1]) && isObject(node.$defs)) found.push(path.slice());
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value !== "object" || value === null || key.startsWith("x-") || LITERAL.has(key)) continue;
      path.push(key);
      visit(value);
      path.pop();
    }
  };
  visit(root);
  return found;
}

function at(root: JsonObject, path: readonly string[]): JsonObject | undefined {
  let node: unknown = root;
  for (const key of path) node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
  return isObject(node) ? node : undefined;
}

/** `components/schemas/Thing` + `Part` -> `Thing_Part`; OpenAPI 3.1 §4.8.7 allows `[a-zA-Z0-9.\-_]`. */
function nameFor(path: readonly string[], def: string, taken: JsonObject): string {
  const owner = path[0] === "components" && path[1] === "schemas" ? path.slice(2) : path;
  const base = [...owner.filter((s) => s !== "$defs"), def].flatMap((s) => s.split(/[^A-Za-z0-9]+/)).filter((w) => w !== "").join("_") || "def";
  let name = base;
  for (let n = 2; name in taken; n++) name = `${base}_${n}`;
  return name;
}

/** The document with every schema's `$defs` moved into components, or the same object when none has any. */
export function hoistDefs(document: JsonObject): JsonObject {
  const holders = holdersOfDefs(document);
  if (holders.length === 0) return document;
  const root = structuredClone(document);
  const components = (isObject(root.components) ? root.components : (root.components = {})) as JsonObject;
  const schemas = (isObject(components.schemas) ? components.schemas : (components.schemas = {})) as JsonObject;
  const moved = new Map<string, string>();
  // Deepest first: a definition inside a definition is moved before its container.
  for (const path of holders.sort((a, b) => b.length - a.length)) {
    const holder = at(root, path);
    if (!holder || !isObject(holder.$defs)) continue;
    for (const [def, schema] of Object.entries(holder.$defs)) {
      const name = nameFor(path, def, schemas);
      schemas[name] = schema;
      moved.set(joinPointer([...path, "$defs", def]), `#/components/schemas/${name}`);
    }
    delete holder.$defs;
  }
  for (const site of collectRefs(root)) {
    if (site.mapping || !isInternal(site.ref)) continue;
    const target = joinPointer(parsePointer(site.ref));
    for (let prefix = target; prefix.length > 1; prefix = prefix.slice(0, prefix.lastIndexOf("/"))) {
      const to = moved.get(prefix);
      if (to === undefined) continue;
      const holder = at(root, site.path);
      if (holder) holder.$ref = to + target.slice(prefix.length);
      break;
    }
  }
  return root;
}
