// --watch prints schema.ts again after every save, and a save seldom changes more than one
// path item or component. A pass's printing is a function of what it was given and what it
// read: its part of a root (./index.ts prints `paths` and each component kind one entry a
// pass here), the refs it resolved through the context, and what every pass reads of the
// document as a whole (the discriminator scan, whether readOnly/writeOnly is used anywhere,
// the fields outside the roots). A pass is kept with all of those and printed again unless
// each is equal to last run's. So a component's change reprints every pass that resolved it,
// directly or through another ref (each resolve is recorded, however deep); a discriminator
// change or a readOnly appearing anywhere reprints everything; a renamed operationId changes
// the path item's own text (after withUniqueOperationIds). A value that cannot be keyed
// exactly (a cycle, a Date, a BigInt) is not kept: that pass is printed afresh.

/** A pass's output in text only: what ./index.ts joins (no syntax tree is kept between runs). */
export interface PrintedPass {
  text: string;
  footer: [string, string][];
  fallback: string[];
}

interface Kept {
  output: PrintedPass;
  /** Each ref the pass resolved, with the key of what it resolved to. */
  reads: Map<string, string>;
}

type Resolve = (ref: string) => unknown;

class Unkeyable extends Error {}

/** Tags a value JSON would print as something else (NaN and Infinity as null, -0 as 0, undefined dropped). */
const TAG = "\u0000keyway";

function replacer(this: unknown, key: string): unknown {
  // The value before any toJSON (a Date would arrive as its string).
  const own = (this as Record<string, unknown>)[key];
  if (own === undefined) return { [TAG]: "undefined" };
  if (typeof own === "number") return Number.isFinite(own) && !Object.is(own, -0) ? own : { [TAG]: Object.is(own, -0) ? "-0" : String(own) };
  if (typeof own === "string" || typeof own === "boolean" || own === null) return own;
  if (typeof own !== "object") throw new Unkeyable();
  const proto = Object.getPrototypeOf(own) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) throw new Unkeyable();
  if (Object.hasOwn(own, TAG)) throw new Unkeyable();
  return own;
}

/** A text equal for two values exactly when openapi-typescript sees them alike; undefined when it cannot say. */
export function keyOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, replacer);
  } catch {
    // A cycle (YAML aliases can make one), or a value JSON has no exact form for.
    return undefined;
  }
}

/** How many passes the last run took from memory and how many it printed. */
export interface MemoryStats {
  reused: number;
  printed: number;
}

/** Kept for the life of one --watch process, in the thread that prints the types. */
export class PassMemory {
  private context: string | undefined;
  private kept = new Map<string, Kept>();
  readonly stats: MemoryStats = { reused: 0, printed: 0 };

  /**
   * Starts a run. `context` is everything each pass reads of the whole document; when it
   * changed, nothing kept is used. Undefined when it cannot be keyed (nothing is kept then).
   */
  run(context: unknown, resolve: Resolve): MemoryRun | undefined {
    const key = keyOf(context);
    if (key === undefined || key !== this.context) this.kept.clear();
    this.context = key;
    Object.assign(this.stats, { reused: 0, printed: 0 });
    return key === undefined ? undefined : new MemoryRun(this.kept, resolve, this.stats);
  }
}

/** One run's look-ups; finish() drops what this run did not use, so memory follows the document. */
export class MemoryRun {
  private readonly used = new Map<string, Kept>();
  /** Keys of what each ref resolves to in this run's document. */
  private readonly resolved = new Map<string, string | undefined>();

  constructor(
    private readonly kept: Map<string, Kept>,
    private readonly resolve: Resolve,
    private readonly stats: MemoryStats,
  ) {}

  /** The pass's key: its root and the part of it the pass is given. */
  keyOf(root: string, part: unknown): string | undefined {
    const text = keyOf(part);
    return text === undefined ? undefined : `${root}\n${text}`;
  }

  /** Last run's output for this key, when every ref it read resolves to what it did then. */
  recall(key: string): PrintedPass | undefined {
    const kept = this.kept.get(key);
    if (kept === undefined) return undefined;
    for (const [ref, was] of kept.reads) if (this.readKey(ref) !== was) return undefined;
    this.used.set(key, kept);
    this.stats.reused++;
    return kept.output;
  }

  /** A pass printed afresh: kept under `key` unless it or something it read cannot be keyed. */
  keep(key: string | undefined, output: PrintedPass, reads: Iterable<string>): PrintedPass {
    this.stats.printed++;
    if (key === undefined) return output;
    const keys = new Map<string, string>();
    for (const ref of reads) {
      const read = this.readKey(ref);
      if (read === undefined) return output;
      keys.set(ref, read);
    }
    this.used.set(key, { output, reads: keys });
    return output;
  }

  finish(): void {
    this.kept.clear();
    for (const [key, kept] of this.used) this.kept.set(key, kept);
  }

  private readKey(ref: string): string | undefined {
    if (!this.resolved.has(ref)) this.resolved.set(ref, keyOf(this.resolve(ref)));
    return this.resolved.get(ref);
  }
}
