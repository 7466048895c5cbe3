// load/: the door of the pipeline. Read -> parse -> version -> bundle -> check -> convert.
// Everything after this stage sees one self-contained OpenAPI 3.x document.
import { createHash } from "node:crypto";
import type { OpenAPI3 } from "openapi-typescript";
import { InvalidDocumentError, type DocumentProblem } from "../errors.js";
import type { BundleResult } from "./bundle.js";
import { writtenRefs, type WrittenRefs } from "./bundled-refs.js";
import { checkAfterBundling, checkBeforeBundling, numericVersion } from "./checks.js";
import type { ConversionWarning } from "./convert.js";
import { checkDepth } from "./depth.js";
import { displayId, refTarget } from "./ids.js";
import type { Finding } from "./finding.js";
import { hoistDefs } from "./hoist-defs.js";
import { hoistRefs } from "./hoist-refs.js";
import { createLocator, swagger2Pointer, type Locator } from "./locate.js";
import { parseSource, type ParsedSource } from "./parse.js";
import type { JsonObject } from "./json-value.js";
import { readEntry, type RawSource } from "./read.js";
import { checkRefs, collectRefs, isInternal, type RefSite } from "./refs.js";
import { checkStructure } from "./structure.js";
import type { LoadedDocument } from "./types.js";
import { detectVersion, type VersionResult } from "./version.js";

export type { LoadedDocument } from "./types.js";

export interface LoadOptions {
  cwd: string;
  /** Read when the input is `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Given the entry's value as soon as it is parsed, before any checking. */
  onEntryParsed?: (value: unknown) => void;
  /** For http(s) inputs and external refs: give up after this long (default 30 s). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export async function loadDocument(input: string, options: LoadOptions): Promise<LoadedDocument> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const raw = await readEntry(input, { cwd: options.cwd, stdin: options.stdin, timeoutMs });
  try {
    return await assemble(raw, input, options, timeoutMs);
  } catch (error) {
    // Every walk here recurses; a hostile document nested thousands deep must not crash the CLI.
    if (!(error instanceof RangeError)) throw error;
    const location = { file: raw.display };
    throw new InvalidDocumentError([{ code: "structure", message: "the document is nested too deeply", location }]);
  }
}

async function assemble(raw: RawSource, input: string, options: LoadOptions, timeoutMs: number): Promise<LoadedDocument> {
  const entry = parseEntry(raw, options);
  const numeric = numericVersion(entry.value);
  const version = supportedVersion(entry);
  const root = entry.value as JsonObject;
  const { bundle, locator, refSites, warnings } = await bundleAndCheck(root, entry, version, { cwd: options.cwd, timeoutMs });
  const converted = await toOpenApi3(root, version, locator);
  // Refs into #/paths and schemas' own $defs become components (see the two modules). The ref
  // sites found by the checks still stand for the document as written: a walk saved.
  const defsHoisted = hoistDefs(converted.document as JsonObject);
  const document: object = hoistRefs(defsHoisted, defsHoisted === root ? refSites : undefined);
  const shown = [...(numeric ? [numeric] : []), ...warnings].map((finding) => located(finding, locator()));
  return {
    // Checked: a supported version, `info`, `paths` and every ref resolving.
    document: document as OpenAPI3,
    source: input,
    sha256: createHash("sha256").update(raw.bytes).digest("hex"),
    files: [...(raw.id === "-" ? [] : [raw.id]), ...bundle.attempted.filter((id) => id !== raw.id)],
    inputVersion: version.version,
    locate: locator(version.family === "swagger2" ? swagger2Pointer : undefined).locate,
    ...(converted.warnings ? { conversionWarnings: converted.warnings } : {}),
    ...(shown.length > 0 ? { warnings: dedupe(shown) } : {}),
    entryAsParsed: document === entry.value && bundle.attempted.length === 0,
  };
}

function parseEntry(raw: RawSource, options: LoadOptions): ParsedSource {
  const parsed = parseSource(raw);
  if (!parsed.ok) throw new InvalidDocumentError(parsed.problems);
  options.onEntryParsed?.(parsed.parsed.value);
  return parsed.parsed;
}

/** Nesting past MAX_DEPTH is refused first: every later walk would overflow on it. */
function supportedVersion(entry: ParsedSource): VersionResult & { ok: true } {
  const deep = checkDepth(entry.value);
  const version = deep ? undefined : detectVersion(entry.value);
  if (version?.ok) return version;
  throw refuseEntry(deep ?? (version as { problem: Finding }).problem, entry);
}

/** A problem found before bundling: located in the entry alone. */
function refuseEntry({ code, message, pointer }: Finding, entry: ParsedSource): InvalidDocumentError {
  const { locate } = createLocator({ bundled: entry.value, entry, externals: new Map(), origins: new Map() });
  return new InvalidDocumentError([{ code, message, location: locate(pointer) }]);
}

type LocatorFor = (translate?: (segments: string[]) => string[]) => Locator;

/** Pulls external files in, then checks refs and structure; every problem at once. */
async function bundleAndCheck(
  root: JsonObject,
  entry: ParsedSource,
  version: VersionResult & { ok: true },
  io: { cwd: string; timeoutMs: number },
): Promise<{ bundle: BundleResult; locator: LocatorFor; refSites: RefSite[]; warnings: Finding[] }> {
  const sites = collectRefs(root);
  if (!sites.every((site) => isInternal(site.ref))) {
    const early = checkBeforeBundling(root, sites, version);
    if (early.length > 0) throw new InvalidDocumentError(dedupe(early.map((finding) => located(finding, refuseEntryLocator(root, entry)))));
  }
  const written = writtenRefs(root, sites);
  const bundle = await bundleIfExternal(root, sites, entry, io.cwd, io.timeoutMs);
  const locator: LocatorFor = (translate) =>
    createLocator({ bundled: root, entry, externals: bundle.sources, origins: bundle.origins, translate });
  // Checks run on the document as written (before conversion), so pointers match the source.
  // Bundling rewrote the refs it resolved; without it the sites found above still stand.
  const refSites = bundle.attempted.length > 0 ? collectRefs(root) : sites;
  const deep = bundle.attempted.length > 0 ? checkDepth(root) : undefined;
  if (deep) throw new InvalidDocumentError([located(deep, locator())]);
  const checked = validate(root, refSites, version, { bundle, locator: locator(), written });
  const problems = [...bundle.problems, ...checked.errors];
  if (problems.length > 0) throw new InvalidDocumentError(dedupe(problems));
  return { bundle, locator, refSites, warnings: checked.warnings };
}

function refuseEntryLocator(root: JsonObject, entry: ParsedSource): Locator {
  return createLocator({ bundled: root, entry, externals: new Map(), origins: new Map() });
}

/** Swagger 2.0 becomes OpenAPI 3 here, at the door; no later stage branches on version. */
async function toOpenApi3(
  root: JsonObject,
  version: VersionResult & { ok: true },
  locator: LocatorFor,
): Promise<{ document: object; warnings?: ConversionWarning[] }> {
  if (version.family !== "swagger2") return { document: root };
  // Imported on demand: swagger2openapi costs 0.15 s to load and most documents are 3.x.
  const { convertSwagger2 } = await import("./convert.js");
  const converted = await convertSwagger2(root);
  if (!converted.ok) throw new InvalidDocumentError([located(converted.finding, locator())]);
  return { document: converted.document, warnings: converted.warnings };
}

// Redocly's walk costs a second on GitHub's document; most documents have no external ref at all.
async function bundleIfExternal(
  root: JsonObject,
  sites: RefSite[],
  entry: ParsedSource,
  cwd: string,
  timeoutMs: number,
): Promise<BundleResult> {
  if (sites.every((site) => isInternal(site.ref))) {
    return { attempted: [], sources: new Map(), origins: new Map(), problems: [], failures: new Map() };
  }
  // Imported on demand too: loading Redocly alone takes half a second.
  const { bundleExternal } = await import("./bundle.js");
  return bundleExternal(root, entry.source.base, { cwd, timeoutMs, display: (id) => displayId(id, cwd) });
}

function validate(
  root: JsonObject,
  sites: RefSite[],
  version: VersionResult & { ok: true },
  { bundle, locator, written }: { bundle: BundleResult; locator: Locator; written: WrittenRefs },
): { errors: DocumentProblem[]; warnings: Finding[] } {
  const refs = checkRefs(root, sites).map((finding) => withReadFailure(finding, bundle, locator));
  const structure = checkStructure(root, version.family, version.version);
  const shape = checkAfterBundling(root, version, written, structure);
  return { errors: [...refs, ...structure, ...shape.errors].map((finding) => located(finding, locator)), warnings: shape.warnings };
}

/** `$ref './common.yaml' not found` says more with the reason the file could not be read. */
function withReadFailure(finding: Finding & { ref?: string }, bundle: BundleResult, locator: Locator): Finding {
  if (finding.ref === undefined || isInternal(finding.ref) || bundle.failures.size === 0) return finding;
  const { parsed } = locator.originOf(finding.pointer);
  const failure = bundle.failures.get(refTarget(finding.ref, parsed.source.base));
  return failure ? { ...finding, message: `${finding.message} (${failure})` } : finding;
}

function located(finding: Finding, locator: Locator): DocumentProblem {
  return { code: finding.code, message: finding.message, location: locator.locate(finding.pointer) };
}

function dedupe(problems: DocumentProblem[]): DocumentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.location.file}${p.location.pointer ?? ""}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
