// The members of one named enum: a key per value, from the vendor extensions code generators
// agree on, else from the value itself. None of these is OpenAPI; the enum keyword is JSON
// Schema's (2020-12 validation §6.1.2). Where each comes from:
//   x-enum-varnames       openapi-generator, NSwag    names, index-aligned with `enum`
//   x-enumNames           NSwag (older)               names, index-aligned with `enum`
//   x-enum-descriptions   openapi-generator, NSwag    descriptions, index-aligned
//   x-enumDescriptions    Redocly, Scalar             an array like the above, or an object
//                                                     from value to description
// A malformed extension is a warning, never an error: the enum's values and type stay right,
// only a name or a comment is lost, and the warning says which.
import { appendPointer } from "../load/pointer.js";
import type { ModelContext } from "./ref.js";
import type { EnumMember, EnumValue } from "./types.js";

const NAME_EXTENSIONS = ["x-enum-varnames", "x-enumNames"] as const;
const DESCRIPTION_EXTENSIONS = ["x-enum-descriptions", "x-enumDescriptions"] as const;

/** What ECMAScript accepts as an IdentifierName (§12.7), as render/helpers.ts checks it. */
const IDENTIFIER = /^[\p{L}_$][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_$]*$/u;
const NOT_IDENTIFIER_PART = /[^\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_$]+/gu;

/** Whether `node` carries any of the extensions read here. */
export const hasEnumExtensions = (node: Record<string, unknown>): boolean =>
  [...NAME_EXTENSIONS, ...DESCRIPTION_EXTENSIONS].some((name) => node[name] !== undefined);

/** Values a const object can hold; an enum with any other (objects, arrays, Infinity) gets no object. */
export function isEnumValue(value: unknown): value is EnumValue | null {
  return value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

/**
 * A key for a member from its value: the value itself when it is an identifier (what
 * openapi-typescript's `--enum` and orval print, so `Status.in_stock` is found by its value),
 * else the nearest identifier. Reserved words stay: they are valid property names (ES §13.2.5),
 * and only `__proto__` would change the object instead of keying it.
 */
export function keyFromValue(value: EnumValue): string {
  let text = String(value).normalize("NFC");
  if (IDENTIFIER.test(text)) return text === "__proto__" ? "__proto___" : text;
  // -1 and 1 must not meet at `_1`.
  text = text.replace(/^-(?=\d)/, "Minus");
  text = text.replace(NOT_IDENTIFIER_PART, "_").replace(/^_+|_+$/g, "");
  if (text === "") return String(value) === "" ? "Empty" : "Value";
  return /^\p{Nd}/u.test(text) ? `_${text}` : text;
}

const kindOf = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;

/** The first name extension present, as one name (or nothing) per value; warns and drops it when it can not be aligned. */
function namesFor(ctx: ModelContext, schema: Record<string, unknown>, at: string, values: readonly unknown[]) {
  const extension = NAME_EXTENSIONS.find((name) => schema[name] !== undefined);
  if (extension === undefined) return { names: [] as unknown[], extension: "" };
  return { names: aligned(ctx, schema[extension], appendPointer(at, extension), extension, values, "names") ?? [], extension };
}

const consequence = (what: string): string => (what === "names" ? ", the members are named after their values" : "");

/**
 * An index-aligned extension's entries per value. Generators write one entry per value; with
 * `null` among the values some write none for it, so a list one short of a nullable enum is
 * aligned with the other values.
 */
function aligned(ctx: ModelContext, list: unknown, at: string, extension: string, values: readonly unknown[], what: string) {
  if (!Array.isArray(list)) {
    ctx.warn(at, `'${extension}' is ${kindOf(list)}, not an array of ${what}: ignored${consequence(what)}`);
    return undefined;
  }
  if (list.length === values.length) return list;
  const withoutNull = values.filter((value) => value !== null);
  if (list.length === withoutNull.length) {
    let next = 0;
    return values.map((value) => (value === null ? undefined : list[next++]));
  }
  ctx.warn(at, `'${extension}' has ${list.length} ${what} for ${values.length} enum values: ignored${consequence(what)}`);
  return undefined;
}

/** One description per value, or nothing, from the first description extension present. */
function descriptionsFor(ctx: ModelContext, schema: Record<string, unknown>, at: string, values: readonly unknown[]): unknown[] {
  const extension = DESCRIPTION_EXTENSIONS.find((name) => schema[name] !== undefined);
  if (extension === undefined) return [];
  const given = schema[extension];
  const pointer = appendPointer(at, extension);
  if (extension === "x-enumDescriptions" && typeof given === "object" && given !== null && !Array.isArray(given)) {
    const byValue = new Map(Object.entries(given));
    return values.map((value) => byValue.get(String(value)));
  }
  const list = aligned(ctx, given, pointer, extension, values, "descriptions") ?? [];
  return list.map((description, i) => {
    if (description === undefined || description === null || typeof description === "string") return description;
    ctx.warn(appendPointer(pointer, i), `'${extension}' entry ${i} is ${kindOf(description)}, not a description: ignored`);
    return undefined;
  });
}

/** The key a named value gets: the name as given when it is an identifier, else the nearest one. */
function keyFromName(ctx: ModelContext, name: unknown, value: EnumValue, at: string, extension: string, i: number): string {
  if (typeof name !== "string" || name === "") {
    const key = keyFromValue(value);
    ctx.warn(at, `'${extension}' entry ${i} is ${name === "" ? "empty" : kindOf(name)}, not a name: the member is named '${key}' after its value`);
    return key;
  }
  if (IDENTIFIER.test(name) && name !== "__proto__") return name;
  const key = keyFromValue(name);
  ctx.warn(at, `'${extension}' entry ${i}, ${JSON.stringify(name)}, is not a JavaScript identifier: the member is named '${key}'`);
  return key;
}

/**
 * The members of the enum at `at`: each non-null value once, in document order, under a key
 * unique within the enum (a repeat gets `2`, `3`, … and a warning at the entry that named it).
 * `null` has no member: it is not a choice to offer, and the type keeps it. The extensions
 * are read from `extensions.node`, the schema itself unless the caller knows better.
 */
export function enumMembers(ctx: ModelContext, schema: Record<string, unknown>, at: string, extensions = { node: schema, at }): EnumMember[] {
  const values = schema.enum as readonly (EnumValue | null)[];
  const { names, extension } = namesFor(ctx, extensions.node, extensions.at, values);
  const descriptions = descriptionsFor(ctx, extensions.node, extensions.at, values);
  const taken = new Set<string>();
  const seen = new Set<string>();
  const members: EnumMember[] = [];
  values.forEach((value, i) => {
    // JSON Schema 2020-12 §6.1.2: elements SHOULD be unique; a repeat adds nothing.
    const identity = `${typeof value}:${String(value)}`;
    if (value === null || seen.has(identity)) return;
    seen.add(identity);
    const named = names[i] !== undefined;
    const source = named ? appendPointer(appendPointer(extensions.at, extension), i) : appendPointer(appendPointer(at, "enum"), i);
    const wanted = named ? keyFromName(ctx, names[i], value, source, extension, i) : keyFromValue(value);
    let key = wanted;
    for (let n = 2; taken.has(key); n++) key = `${wanted}${n}`;
    if (key !== wanted) ctx.warn(source, `the member name '${wanted}' is taken in this enum: the value ${JSON.stringify(value)} is named '${key}'`);
    taken.add(key);
    const description = descriptions[i];
    members.push({ key, value, doc: { description: typeof description === "string" && description.trim() !== "" ? description : undefined, deprecated: false } });
  });
  return members;
}
