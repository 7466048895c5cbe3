// Text -> value. The format is told by content, not by file extension (a URL often has none):
// a document whose first character is `{` or `[` is JSON, anything else YAML 1.2.
import { createRequire } from "node:module";
import type { Document, Node } from "yaml";
import type { DocumentProblem } from "../errors.js";
import { findJsonOffset, findJsonSyntaxError, lineColumn, lineIndex, type JsonSteps } from "./json-scan.js";
import type { RawSource } from "./read.js";

export interface ParsedSource {
  source: RawSource;
  value: unknown;
  /** 1-based line/column of the deepest node of `segments` found, and how many segments matched. */
  position(segments: readonly string[]): { line: number; column: number; matched: number };
}

/**
 * `yaml` is loaded on the first YAML text, not with this module: a JSON document never needs
 * it, and loading it costs about 40 ms of CPU (its ES build is 80 modules).
 */
let yamlModule: typeof import("yaml") | undefined;
const yaml = (): typeof import("yaml") => (yamlModule ??= createRequire(import.meta.url)("yaml") as typeof import("yaml"));

export type ParseResult = { ok: true; parsed: ParsedSource } | { ok: false; problems: DocumentProblem[] };

export function parseSource(source: RawSource): ParseResult {
  const text = source.text;
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) {
    return { ok: false, problems: [{ code: "syntax", message: "the document is empty", location: { file: source.display } }] };
  }
  return first === "{" || first === "[" ? parseJson(source, text) : parseYaml(source, text);
}

function parseJson(source: RawSource, text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const error = findJsonSyntaxError(text) ?? { offset: 0, message: "invalid JSON" };
    const { line, column } = lineColumn(text, error.offset);
    const location = { file: source.display, line, column };
    return { ok: false, problems: [{ code: "syntax", message: `invalid JSON: ${error.message}`, location }] };
  }
  return { ok: true, parsed: { source, value, position: jsonPositions(source) } };
}

/** Positions in a JSON source: its text is decoded again when the first one is asked for. */
function jsonPositions(source: RawSource): ParsedSource["position"] {
  const steps: JsonSteps = new Map();
  let located: { text: string; lines: ReturnType<typeof lineIndex> } | undefined;
  return (segments) => {
    if (located === undefined) {
      const text = source.text;
      located = { text, lines: lineIndex(text) };
    }
    const { offset, matched } = findJsonOffset(located.text, segments, steps);
    return { ...located.lines(offset), matched };
  };
}

/** `yaml` appends " at line 3, column 7:" and a code frame; the location travels separately. */
function yamlMessage(message: string): string {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?\s*$/, "").trim();
}

function parseYaml(source: RawSource, text: string): ParseResult {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema; `<<` merge keys are common in hand-written OpenAPI documents.
  const doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error): DocumentProblem => {
      const at = error.linePos?.[0];
      const location = { file: source.display, line: at?.line, column: at?.col };
      return { code: "syntax", message: `invalid YAML: ${yamlMessage(error.message)}`, location };
    });
    return { ok: false, problems };
  }
  if (doc.contents === null) {
    return { ok: false, problems: [{ code: "syntax", message: "the document is empty", location: { file: source.display } }] };
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    if (error instanceof RangeError) throw error; // nesting too deep: reported as such by the caller
    const message = error instanceof Error ? yamlMessage(error.message) : "cannot build the document";
    // An alias bomb (yaml's maxAliasCount) fails here, after parsing: point at the first alias.
    const at = firstAlias(doc);
    const { line, col } = at === undefined ? { line: undefined, col: undefined } : lineCounter.linePos(at);
    const location = line === undefined ? { file: source.display } : { file: source.display, line, column: col };
    return { ok: false, problems: [{ code: "syntax", message: `invalid YAML: ${message}`, location }] };
  }
  const position = (segments: readonly string[]) => {
    const { offset, matched } = yamlOffset(doc, segments);
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, matched };
  };
  return { ok: true, parsed: { source, value, position } };
}

function firstAlias(doc: Document): number | undefined {
  const { visit } = yaml();
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function yamlOffset(doc: Document, segments: readonly string[]): { offset: number; matched: number } {
  const { isAlias, isMap, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  let matched = 0;
  for (const segment of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: { at: number | undefined; node: unknown } | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (pair) next = { at: isScalar(pair.key) ? pair.key.range?.[0] : undefined, node: pair.value };
    } else if (isSeq(node) && /^\d+$/.test(segment)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (item) next = { at: item.range?.[0], node: item };
    }
    if (!next || next.at === undefined) break;
    offset = next.at;
    node = next.node;
    matched++;
  }
  return { offset, matched };
}
