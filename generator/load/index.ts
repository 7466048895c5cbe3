// load/: the door of the pipeline. Read -> parse -> version -> bundle -> check -> convert.
// Everything after this stage sees one self-contained OpenAPI 3.x document.
import { createHash } from "node:crypto";
import type { OpenAPI3 } from "openapi-typescript";
import { InvalidDocumentError, type DocumentProblem } from "../errors.js";
import type { BundleResult } from "./bundle.js";
import type { ConversionWarning } from "./convert.js";
import { asWritten, writtenRefs, type WrittenRefs } from "./bundled-refs.js";
import { checkDepth } from "./depth.js";
import { displayId, refTarget } from "./ids.js";
import type { Finding } from "./finding.js";
import { hoistDefs } from "./hoist-defs.js";
import { hoistRefs } from "./hoist-refs.js";
import { createLocator, swagger2Pointer, type Locator } from "./locate.js";
import { parseSource, type ParsedSource } from "./parse.js";
import { isObject, type JsonObject } from "./pointer.js";
import { readEntry, type RawSource } from "./read.js";
import { checkRefs, collectRefs, isInternal, type RefSite } from "./refs.js";
import { checkPathTemplates } from "./path-templates.js";
import { checkRefSchemes } from "./ref-schemes.js";
import { checkShape } from "./shape.js";
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
  const { cwd } = options;
  const parsed = parseSource(raw);
  if (!parsed.ok) throw new InvalidDocumentError(parsed.problems);
  const entry = parsed.parsed;
  options.onEntryParsed?.(entry.value);
  const deep = checkDepth(entry.value);
  if (deep) throw refuseEntry(deep, entry);
  const numeric = numericVersion(entry.value);
  const version = detectVersion(entry.value);
  if (!version.ok) throw refuseEntry(version.problem, entry);
  const root = entry.value as JsonObject;
  const sites = collectRefs(root);
  if (!sites.every((site) => isInternal(site.ref))) checkBeforeBundling(root, sites, version, entry);
  const written = writtenRefs(root, sites);
  const bundle = await bundleIfExternal(root, sites, entry, cwd, timeoutMs);
  const locator = (translate?: (segments: string[]) => string[]) =>
    createLocator({ bundled: root, entry, externals: bundle.sources, origins: bundle.origins, translate });

  // Checks run on the document as written (before conversion), so pointers match the source.
  // Bundling rewrote the refs it resolved; without it the sites found above still stand.
  const refSites = bundle.attempted.length > 0 ? collectRefs(root) : sites;
  const deepInBundle = bundle.attempted.length > 0 ? checkDepth(root) : undefined;
  if (deepInBundle) throw new InvalidDocumentError([located(deepInBundle, locator())]);
  const checked = validate(root, refSites, version, bundle, locator(), written);
  const problems = [...bundle.problems, ...checked.errors];
  if (problems.length > 0) throw new InvalidDocumentError(dedupe(problems));

  let document: object = root;
  let conversionWarnings: ConversionWarning[] | undefined;
  if (version.family === "swagger2") {
    // Imported on demand: swagger2openapi costs 0.15 s to load and most documents are 3.x.
    const { convertSwagger2 } = await import("./convert.js");
    const converted = await convertSwagger2(root);
    if (!converted.ok) throw new InvalidDocumentError([located(converted.finding, locator())]);
    document = converted.document;
    conversionWarnings = converted.warnings;
  }
  const defsHoisted = hoistDefs(document as JsonObject);
  // The ref sites found above still stand for the document as written (a walk saved on large ones).
  document = hoistRefs(defsHoisted, defsHoisted === root ? refSites : undefined);
  return {
    // Checked above: a supported version, `info`, `paths` and every ref resolving.
    document: document as OpenAPI3,
    source: input,
    sha256: createHash("sha256").update(raw.bytes).digest("hex"),
    files: [...(raw.id === "-" ? [] : [raw.id]), ...bundle.attempted.filter((id) => id !== raw.id)],
    inputVersion: version.version,
    locate: locator(version.family === "swagger2" ? swagger2Pointer : undefined).locate,
    ...(conversionWarnings ? { conversionWarnings } : {}),
    ...(checked.warnings.length > 0 || numeric ? { warnings: dedupe([...(numeric ? [located(numeric, locator())] : []), ...checked.warnings]) } : {}),
    entryAsParsed: document === entry.value && bundle.attempted.length === 0,
  };
}

/**
 * Redocly's bundler trips, in words of its own (`Self-referencing circular pointer`, `URI
 * malformed`), on what these checks report at the place: they run before it does.
 */
function checkBeforeBundling(root: JsonObject, sites: RefSite[], version: VersionResult & { ok: true }, entry: ParsedSource): void {
  const shape = checkShape(root, version.family, version.version).filter((finding) => finding.severity === "error");
  const findings = [...checkRefSchemes(sites), ...shape];
  if (findings.length === 0) return;
  const locator = createLocator({ bundled: root, entry, externals: new Map(), origins: new Map() });
  throw new InvalidDocumentError(dedupe(findings.map((finding) => located(finding, locator))));
}

/** OpenAPI 3.1 §4.8.1: `openapi` is a string; YAML reads an unquoted `3.0` as the number 3. */
function numericVersion(value: unknown): Finding | undefined {
  if (!isObject(value)) return undefined;
  const key = "openapi" in value ? "openapi" : "swagger";
  const version = value[key];
  if (typeof version !== "number") return undefined;
  const message = `'${key}' is the number ${version}, not a version string: read as '${Number.isInteger(version) ? version.toFixed(1) : version}'; quote it`;
  return { code: "structure", message, pointer: `#/${key}` };
}

/** A problem found before bundling: located in the entry alone. */
function refuseEntry({ code, message, pointer }: Finding, entry: ParsedSource): InvalidDocumentError {
  const { locate } = createLocator({ bundled: entry.value, entry, externals: new Map(), origins: new Map() });
  return new InvalidDocumentError([{ code, message, location: locate(pointer) }]);
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
  bundle: BundleResult,
  locator: Locator,
  written: WrittenRefs,
): { errors: DocumentProblem[]; warnings: DocumentProblem[] } {
  const refs = checkRefs(root, sites).map((finding) => withReadFailure(finding, bundle, locator));
  const structure = checkStructure(root, version.family, version.version);
  // structure.ts words its findings for the stages it guards; the shape check adds the rest.
  const reported = new Set(structure.map((finding) => finding.pointer));
  const shape = asWritten(checkShape(root, version.family, version.version), written, root).filter((f) => !reported.has(f.pointer));
  const errors = shape.filter((finding) => finding.severity === "error");
  const warnings = shape.filter((finding) => finding.severity === "warning");
  return {
    errors: [...refs, ...structure, ...errors].map((finding) => located(finding, locator)),
    warnings: [...checkPathTemplates(root), ...warnings].map((finding) => located(finding, locator)),
  };
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
