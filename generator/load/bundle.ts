// External `$ref`s (other files, URLs) bundled into one self-contained document by
// @redocly/openapi-core, the bundler openapi-typescript itself uses. Internal `#/...` refs stay
// refs: later stages name types after them. Files are read and parsed by keyway's own reader
// so that errors read the same everywhere and every object remembers the file it came from.
import path from "node:path";
import { BaseResolver, bundleDocument, createConfig, Source, type Document } from "@redocly/openapi-core";
import type { DocumentProblem } from "../errors.js";
import { parseSource, type ParsedSource } from "./parse.js";
import { isObject } from "./json-value.js";
import { readResource } from "./read.js";
import { isHttpUrl } from "../url.js";

/** Where an object of the bundled document was written: source id + path inside it. */
export interface Origin {
  sourceId: string;
  segments: string[];
}

export interface BundleContext {
  cwd: string;
  timeoutMs: number;
  /** How a source id is named in messages. */
  display(id: string): string;
}

export interface BundleResult {
  /** Every external source read or attempted, by id, in the order met. */
  attempted: string[];
  /** External sources parsed, by id. */
  sources: Map<string, ParsedSource>;
  /** Objects that came from external sources (identity survives bundling). */
  origins: Map<object, Origin>;
  /** Syntax problems of external sources, located in those files. */
  problems: DocumentProblem[];
  /** Why a source could not be read, by id (an InputError's one line). */
  failures: Map<string, string>;
}

class KeywayResolver extends BaseResolver {
  readonly attempted: string[] = [];
  readonly sources = new Map<string, ParsedSource>();
  readonly origins = new Map<object, Origin>();
  readonly problems: DocumentProblem[] = [];
  readonly failures = new Map<string, string>();
  private readonly texts = new Map<string, Awaited<ReturnType<typeof readResource>>>();

  constructor(private readonly ctx: BundleContext) {
    super();
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    this.attempted.push(absoluteRef);
    const raw = await readResource(absoluteRef, this.ctx.display(absoluteRef), this.ctx.timeoutMs).catch((error: unknown) => {
      if (error instanceof Error) this.failures.set(absoluteRef, error.message);
      throw error;
    });
    this.texts.set(raw.base, raw);
    // Refs inside resolve against where the text really came from (after redirects).
    return new Source(raw.base, raw.text);
  }

  override parseDocument(source: Source): Document {
    const raw = this.texts.get(source.absoluteRef);
    if (!raw) throw new Error(`'${source.absoluteRef}' was not read`);
    const result = parseSource(raw);
    if (!result.ok) {
      this.problems.push(...result.problems);
      throw new Error(result.problems[0].message);
    }
    this.sources.set(raw.id, result.parsed);
    recordOrigins(result.parsed.value, raw.id, [], this.origins);
    return { source, parsed: result.parsed.value };
  }
}

function recordOrigins(node: unknown, sourceId: string, segments: string[], origins: Map<object, Origin>): void {
  if (typeof node !== "object" || node === null || origins.has(node)) return;
  origins.set(node, { sourceId, segments: [...segments] });
  const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : isObject(node) ? Object.entries(node) : [];
  for (const [key, value] of entries) {
    segments.push(key);
    recordOrigins(value, sourceId, segments, origins);
    segments.pop();
  }
}

/**
 * Bundles in place: `root` (already parsed) gains the external content, mostly under
 * `components` (or `definitions` for Swagger 2.0), and its external refs become internal ones.
 * A ref that can not be resolved is left as it was; the ref check reports it.
 */
export async function bundleExternal(root: object, base: string, ctx: BundleContext): Promise<BundleResult> {
  const resolver = new KeywayResolver(ctx);
  const config = await createConfig({ extends: ["minimal"] });
  const document: Document = { source: new Source(base, ""), parsed: root };
  await bundleDocument({ document, config: config.styleguide, externalRefResolver: resolver, dereference: false });
  const { attempted, sources, origins, problems, failures } = resolver;
  return { attempted, sources, origins, problems, failures };
}
