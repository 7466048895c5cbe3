// Seeded mutations of valid documents, for the fuzz test: each one a mistake a person or
// a broken tool makes (a value of the wrong type, a key gone, a $ref to nowhere or to
// itself, a version written as a number, nesting thousands deep, a YAML alias bomb).
// Deterministic: the same seed gives the same documents on every machine.

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; plenty for choosing mutations. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Holder = Json[] | { [key: string]: Json };
interface Slot {
  holder: Holder;
  key: string | number;
}

export interface Mutant {
  /** What was done, for the test's failure messages. */
  what: string[];
  /** The document's text: JSON, or YAML for the mutations only YAML can express. */
  text: string;
  extension: "json" | "yaml";
}

const WRONG_VALUES: Json[] = [null, 0, 3, -1, "", "x", true, [], {}, [null], { $ref: 7 }];
const REFS: Json[] = [
  "#/",
  "#",
  "#/components/schemas/Missing",
  "#/paths",
  "#/info/title",
  "#/%",
  "plain.txt",
  "missing.yaml",
  "file:///etc/hostname",
  7,
  null,
  ["#/components"],
];
const DEPTH = 5000;

function slots(root: Json): Slot[] {
  const found: Slot[] = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach((value, key) => (found.push({ holder: node, key }), visit(value)));
    else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) found.push({ holder: node, key }), visit(value);
    }
  };
  visit(root);
  return found;
}

const get = (slot: Slot): Json => (slot.holder as Record<string | number, Json>)[slot.key];
const set = (slot: Slot, value: Json): void => void ((slot.holder as Record<string | number, Json>)[slot.key] = value);

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/**
 * Deep values are spliced into the JSON text after stringifying: built as objects they would
 * overflow this test's own recursion (JSON.stringify, structuredClone) before keyway's.
 */
const deepTexts: string[] = [];

function nested(open: string, close: string): Json {
  deepTexts.push(open.repeat(DEPTH) + '{"type":"string"}' + close.repeat(DEPTH));
  return `@@deep-${deepTexts.length - 1}@@`;
}

function objectAt(doc: { [key: string]: Json }, ...path: string[]): { [key: string]: Json } | undefined {
  let node: Json = doc;
  for (const key of path) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    node = node[key];
  }
  return node !== null && typeof node === "object" && !Array.isArray(node) ? node : undefined;
}

type Mutation = (doc: { [key: string]: Json }, random: () => number) => string | undefined;

/** Each returns what it did, or undefined when the document has nothing it applies to. */
const MUTATIONS: Mutation[] = [
  (doc, random) => {
    const slot = pick(random, slots(doc));
    if (Array.isArray(slot.holder)) slot.holder.splice(Number(slot.key), 1);
    else delete slot.holder[slot.key];
    return `delete ${String(slot.key)}`;
  },
  (doc, random) => {
    const slot = pick(random, slots(doc));
    const value = pick(random, WRONG_VALUES);
    set(slot, structuredClone(value));
    return `${String(slot.key)} = ${JSON.stringify(value)}`;
  },
  (doc, random) => {
    const slot = pick(random, slots(doc).filter((s) => typeof get(s) === "object" && get(s) !== null));
    if (!slot) return undefined;
    const ref = pick(random, REFS);
    set(slot, { $ref: ref });
    return `${String(slot.key)} = {$ref: ${JSON.stringify(ref)}}`;
  },
  (doc, random) => {
    const schemas = objectAt(doc, "components", "schemas") ?? objectAt(doc, "definitions");
    const names = Object.keys(schemas ?? {});
    if (!schemas || names.length === 0) return undefined;
    const base = schemas === doc.definitions ? "#/definitions/" : "#/components/schemas/";
    const a = pick(random, names);
    const b = pick(random, names);
    schemas[a] = { $ref: base + b };
    schemas[b] = { $ref: base + a };
    return `schemas ${a} <-> ${b} only refs`;
  },
  (doc, random) => {
    const value = pick(random, [3, 3.1, 2, "3", "3.0", "3.1", "3.0.x"] as Json[]);
    if ("swagger" in doc) doc.swagger = value;
    else doc.openapi = value;
    return `version = ${JSON.stringify(value)}`;
  },
  (doc, random) => {
    const holder = pick(random, slots(doc).filter((s) => typeof get(s) === "object" && get(s) !== null && !Array.isArray(get(s))));
    if (!holder) return undefined;
    const how = pick(random, ["x-deep", "properties", "items", "allOf", "not", "array"] as const);
    const deep =
      how === "x-deep" ? nested('{"a":', "}")
      : how === "properties" ? nested('{"type":"object","properties":{"p":', "}}")
      : how === "items" ? nested('{"type":"array","items":', "}")
      : how === "allOf" ? nested('{"allOf":[', "]}")
      : how === "not" ? nested('{"not":', "}")
      : nested("[", "]");
    (get(holder) as { [key: string]: Json })[how === "x-deep" ? "x-deep" : "schema"] = deep;
    return `${DEPTH} levels of ${how} under ${String(holder.key)}`;
  },
  (doc, random) => {
    const schemes = objectAt(doc, "components", "securitySchemes");
    if (!schemes) return undefined;
    const name = pick(random, Object.keys(schemes).concat("fuzzOAuth"));
    const flows = pick(random, [undefined, {}, { implicit: {} }, { password: { tokenUrl: 5 } }, []] as (Json | undefined)[]);
    schemes[name] = flows === undefined ? { type: "oauth2" } : { type: "oauth2", flows };
    return `oauth2 ${name} flows ${JSON.stringify(flows)}`;
  },
  (doc, random) => {
    const paths = objectAt(doc, "paths");
    const keys = Object.keys(paths ?? {});
    if (!paths || keys.length === 0) return undefined;
    const key = pick(random, keys);
    const renamed = pick(random, [
      key.replace(/\{[^}]*\}/, "{renamed}"),
      `${key}/{extra}`,
      key.replace(/\{([^}]*)\}/, "{$1}/{$1}"),
      key.replace(/\{[^}]*\}/, "{"),
    ]);
    if (renamed === key) return undefined;
    paths[renamed] = paths[key];
    delete paths[key];
    return `path ${key} -> ${renamed}`;
  },
  (doc, random) => {
    const list = slots(doc);
    const from = pick(random, list);
    const to = pick(random, list);
    set(to, structuredClone(get(from)));
    return `${String(to.key)} = copy of ${String(from.key)}`;
  },
  (doc, random) => {
    const slot = pick(random, slots(doc).filter((s) => typeof get(s) === "object" && get(s) !== null));
    if (!slot) return undefined;
    set(slot, JSON.stringify(get(slot)));
    return `${String(slot.key)} as a string`;
  },
];

const ALIAS_BOMB = ["a: &a [x, x, x, x, x, x, x, x, x]"]
  .concat(Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`))
  .join("\n    ");

/** One to three mutations of `seed` (not changed); one in 40 is a YAML alias bomb instead. */
export function mutate(seed: object, random: () => number): Mutant {
  if (random() < 1 / 40) {
    const info = "info:\n  title: bomb\n  version: '1'\n  x-bomb:\n    " + ALIAS_BOMB;
    return { what: ["YAML alias bomb"], text: `openapi: 3.0.3\n${info}\npaths: {}\n`, extension: "yaml" };
  }
  const doc = structuredClone(seed) as { [key: string]: Json };
  const what: string[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let tries = 0; what.length < count && tries < 20; tries++) {
    const done = pick(random, MUTATIONS)(doc, random);
    if (done !== undefined) what.push(done);
  }
  const text = JSON.stringify(doc, null, 1).replace(/"@@deep-(\d+)@@"/g, (_, i: string) => deepTexts[Number(i)]);
  return { what, text, extension: "json" };
}
