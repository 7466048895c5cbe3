// Positions in JSON text without building a tree. JSON.parse is the fast path (150 ms for
// GitHub's 13 MB); positions are needed only when a message is printed, and re-parsing that
// text with the `yaml` package to get them takes over 6 s, so this scanner walks straight to
// the one pointer asked for. It also names the first syntax error in stable words, since
// JSON.parse's wording differs between Node versions.

const WS = new Set([" ", "\t", "\n", "\r"]);

function skipWs(text: string, pos: number): number {
  while (pos < text.length && WS.has(text[pos])) pos++;
  return pos;
}

/** Index just past the closing quote of the string starting at `pos`. */
function skipString(text: string, pos: number): number {
  let i = pos + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text[quote - 1 - backslashes] === "\\") backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

const STRUCTURAL = /["{}[\]]/g;

/** Index just past the value starting at `pos`; the text is known to be valid JSON. */
function skipValue(text: string, pos: number): number {
  const c = text[pos];
  if (c === '"') return skipString(text, pos);
  if (c !== "{" && c !== "[") {
    while (pos < text.length && !",}]".includes(text[pos]) && !WS.has(text[pos])) pos++;
    return pos;
  }
  let depth = 0;
  STRUCTURAL.lastIndex = pos;
  for (let m = STRUCTURAL.exec(text); m; m = STRUCTURAL.exec(text)) {
    const ch = m[0];
    if (ch === '"') STRUCTURAL.lastIndex = skipString(text, m.index);
    else if (ch === "{" || ch === "[") depth++;
    else if (--depth === 0) return m.index + 1;
  }
  return text.length;
}

function readKey(text: string, pos: number): { key: string; end: number } {
  const end = skipString(text, pos);
  const raw = text.slice(pos, end);
  return { key: raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1), end };
}

/** Where a path's value starts (`value`) and where its key or element starts (`at`). */
export type JsonSteps = Map<string, { at: number; value: number }>;

/**
 * Offset of the member (its key) or element the path names; `matched` counts segments found.
 * `steps` remembers the paths already walked, so messages about neighbouring nodes of a big
 * document do not each rescan it from the top.
 */
export function findJsonOffset(text: string, segments: readonly string[], steps: JsonSteps = new Map()): { offset: number; matched: number } {
  let pos = skipWs(text, 0);
  let offset = pos;
  let matched = 0;
  let key = "";
  for (const segment of segments) {
    key += "\u0000" + segment;
    const found = steps.get(key) ?? (text[pos] === "{" ? enterMember(text, pos, segment) : text[pos] === "[" ? enterElement(text, pos, segment) : undefined);
    if (!found) break;
    steps.set(key, found);
    offset = found.at;
    pos = found.value;
    matched++;
  }
  return { offset, matched };
}

function enterMember(text: string, pos: number, segment: string): { at: number; value: number } | undefined {
  pos = skipWs(text, pos + 1);
  while (text[pos] === '"') {
    const { key, end } = readKey(text, pos);
    const value = skipWs(text, skipWs(text, end) + 1);
    if (key === segment) return { at: pos, value };
    pos = skipWs(text, skipValue(text, value));
    if (text[pos] !== ",") return undefined;
    pos = skipWs(text, pos + 1);
  }
  return undefined;
}

function enterElement(text: string, pos: number, segment: string): { at: number; value: number } | undefined {
  if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
  const index = Number(segment);
  pos = skipWs(text, pos + 1);
  for (let i = 0; pos < text.length && text[pos] !== "]"; i++) {
    if (i === index) return { at: pos, value: pos };
    pos = skipWs(text, skipValue(text, pos));
    if (text[pos] !== ",") return undefined;
    pos = skipWs(text, pos + 1);
  }
  return undefined;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineIndex(text)(offset);
}

/** Line starts found once, then each lookup is a binary search. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) starts.push(nl + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

export { findJsonSyntaxError } from "./json-syntax.js";
