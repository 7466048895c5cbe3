// load/: the door of the pipeline. Read -> parse -> version -> bundle -> check -> convert.
// Everything after this stage sees one self-contained OpenAPI 3.x document.
import { createHash } from "node:crypto";
import type { OpenAPI3 } from "openapi-typescript";
import { InvalidDocumentError, type DocumentProblem } from "../errors.js";
import { bundleExternal, displayId, type BundleResult } from "./bundle.js";
import { convertSwagger2 } from "./convert.js";
import type { Finding } from "./finding.js";
import { createLocator, swagger2Pointer, type Locate } from "./locate.js";
import { parseSource } from "./parse.js";
import type { JsonObject } from "./pointer.js";
import { readEntry } from "./read.js";
import { checkRefs, collectRefs, isInternal } from "./refs.js";
import { checkStructure } from "./structure.js";
import type { LoadedDocument } from "./types.js";
import { detectVersion } from "./version.js";

export type { LoadedDocument } from "./types.js";

export interface LoadOptions {
  cwd: string;
  /** Read when the input is `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** For http(s) inputs and external refs: give up after this long (default 30 s). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export async function loadDocument(input: string, options: LoadOptions): Promise<LoadedDocument> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const raw = await readEntry(input, { cwd: options.cwd, stdin: options.stdin, timeoutMs });
  const parsed = parseSource(raw);
  if (!parsed.ok) throw new InvalidDocumentError(parsed.problems);
  const entry = parsed.parsed;
  const emptyLocate = createLocator({ bundled: entry.value, entry, externals: new Map(), origins: new Map() });
  const version = detectVersion(entry.value);
  if (!version.ok) throw new InvalidDocumentError([located(version.problem, emptyLocate)]);
  const root = entry.value as JsonObject;

  let sites = collectRefs(root);
  const bundle = sites.every((site) => isInternal(site.ref))
    ? NO_BUNDLE
    : await bundleExternal(root, entry.source.base, { cwd: options.cwd, timeoutMs, display: (id) => displayId(id, options.cwd) });
  if (bundle !== NO_BUNDLE) sites = collectRefs(root);
  const swagger = version.family === "swagger2";
  const locate = createLocator({
    bundled: root,
    entry,
    externals: bundle.sources,
    origins: bundle.origins,
    translate: swagger ? swagger2Pointer : undefined,
  });
  // Checks run on the document as written (before conversion), so pointers match the source.
  const sourceLocate = swagger ? createLocator({ bundled: root, entry, externals: bundle.sources, origins: bundle.origins }) : locate;
  const findings = [...checkRefs(root, sites), ...checkStructure(root, version.family, version.version)];
  const problems = [...bundle.problems, ...findings.map((f) => located(f, sourceLocate))];
  if (problems.length > 0) throw new InvalidDocumentError(dedupe(problems));

  let document: object = root;
  if (swagger) {
    const converted = await convertSwagger2(root);
    if (!converted.ok) throw new InvalidDocumentError([located(converted.finding, sourceLocate)]);
    document = converted.document;
  }
  return {
    // Checked above: a supported version, `info`, `paths` and every ref resolving.
    document: document as OpenAPI3,
    source: input,
    sha256: createHash("sha256").update(raw.bytes).digest("hex"),
    files: [...(raw.id === "-" ? [] : [raw.id]), ...bundle.attempted.filter((id) => id !== raw.id)],
    inputVersion: version.version,
    locate,
  };
}

// Redocly's walk costs a second on GitHub's document; most documents have no external ref at all.
const NO_BUNDLE: BundleResult = { attempted: [], sources: new Map(), origins: new Map(), problems: [] };

function located(finding: Finding, locate: Locate): DocumentProblem {
  return { code: finding.code, message: finding.message, location: locate(finding.pointer) };
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
