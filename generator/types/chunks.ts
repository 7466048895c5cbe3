// One interface printed a chunk at a time. openapi-typescript builds a whole root's syntax tree
// before printing it: GitHub's `paths` alone is about 30 MB of nodes, which the worker's heap
// grows to hold (V8 seldom collects old space in a run this short). Printed in chunks of a few
// dozen entries, a pass holds one chunk's tree, not a root's: GitHub's peak fell by about 40 MB.

/**
 * The members of a printed `export interface Name {…}`, or undefined when the text is not
 * exactly one such interface (e.g. `export type paths = Record<string, never>;`).
 */
function members(text: string, name: string): string | undefined {
  const head = `export interface ${name} {\n`;
  const tail = "}\n";
  if (!text.startsWith(head) || !text.endsWith(tail)) return undefined;
  return text.slice(head.length, text.length - tail.length);
}

/** Joins the chunks' printings of one interface into the printing of the whole. */
export class InterfaceText {
  private readonly parts: string[] = [];
  private only: string | undefined;

  constructor(private readonly name: string) {}

  /** False when `text` is not a plain interface: the caller keeps it as it is. */
  add(text: string): boolean {
    const inner = members(text, this.name);
    if (inner === undefined) return false;
    this.parts.push(inner);
    this.only = this.parts.length === 1 ? text : undefined;
    return true;
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** The printing of the whole, in parts (see ../rope.ts). */
  pieces(): string[] {
    return this.only !== undefined ? [this.only] : [`export interface ${this.name} {\n`, ...this.parts, "}\n"];
  }
}

/** An object's keys in chunks of `size`, each as an object of the same entries, in order. */
export function chunkEntries<T>(object: Record<string, T> | undefined, size: number): Record<string, T>[] {
  const source = object ?? {};
  const keys = Object.keys(source);
  const chunks: Record<string, T>[] = [];
  for (let start = 0; start < keys.length; start += size) {
    chunks.push(Object.fromEntries(keys.slice(start, start + size).map((key) => [key, source[key]])));
  }
  return chunks;
}

/**
 * openapi-typescript's Components Object (OpenAPI 3.1 §4.8.7), in the order its
 * transformComponentsObject prints them: each is `never` or a type literal of its entries.
 */
export const COMPONENT_KINDS = ["schemas", "responses", "parameters", "requestBodies", "headers", "pathItems"] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

const INDENT = "    ";

/** The printing of `components` from chunks that each held entries of one kind. */
export class ComponentsText {
  private readonly members = new Map<ComponentKind, string[]>();

  /** `text` printed `components` with only `kind`'s chunk; false when it is not that shape. */
  add(kind: ComponentKind, text: string): boolean {
    const at = COMPONENT_KINDS.indexOf(kind);
    const never = (kinds: readonly ComponentKind[]) => kinds.map((other) => `${INDENT}${other}: never;\n`).join("");
    const head = `export interface components {\n${never(COMPONENT_KINDS.slice(0, at))}${INDENT}${kind}: {\n`;
    const tail = `${INDENT}};\n${never(COMPONENT_KINDS.slice(at + 1))}}\n`;
    if (!text.startsWith(head) || !text.endsWith(tail) || text.length < head.length + tail.length) return false;
    const parts = this.members.get(kind) ?? [];
    parts.push(text.slice(head.length, text.length - tail.length));
    this.members.set(kind, parts);
    return true;
  }

  /** The printing of `components`, in parts (see ../rope.ts). */
  pieces(): string[] {
    const kinds = COMPONENT_KINDS.flatMap((kind) => {
      const parts = this.members.get(kind);
      return parts === undefined ? [`${INDENT}${kind}: never;\n`] : [`${INDENT}${kind}: {\n`, ...parts, `${INDENT}};\n`];
    });
    return ["export interface components {\n", ...kinds, "}\n"];
  }
}
