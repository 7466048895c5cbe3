// Reading the raw bytes of a document: a local file, an http(s) URL, or standard input.
// Every failure becomes an InputError with one stable line; none carries a stack.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../errors.js";
import { isHttpUrl } from "../url.js";

/** One text the document was assembled from. */
export interface RawSource {
  /** Absolute path or URL; `-` for standard input. Unique key of the source. */
  id: string;
  /** How messages name it: the input as given, or a path relative to cwd. */
  display: string;
  /** What relative refs resolve against: the URL after redirects (RFC 3986 §5.1.3), else `id`. */
  base: string;
  bytes: Buffer;
  /**
   * `bytes` decoded, anew at each read: nothing keeps the text beside the parsed value (GitHub's
   * 13 MB document, with a few non-Latin-1 characters, is a 26 MB two-byte string).
   */
  readonly text: string;
}

function rawSource(fields: Omit<RawSource, "text">): RawSource {
  return {
    ...fields,
    get text() {
      return decode(fields.bytes);
    },
  };
}

export interface ReadContext {
  cwd: string;
  stdin?: NodeJS.ReadableStream;
  timeoutMs: number;
}

export const STDIN_DISPLAY = "<stdin>";

/** Reads the entry document exactly as the user named it. */
export async function readEntry(input: string, ctx: ReadContext): Promise<RawSource> {
  if (input === "-") {
    const bytes = await readStream(ctx.stdin ?? process.stdin);
    // A document on stdin has no location; its relative refs resolve against cwd.
    return rawSource({ id: "-", display: STDIN_DISPLAY, base: path.join(ctx.cwd, "-"), bytes });
  }
  const id = isHttpUrl(input) ? input : path.resolve(ctx.cwd, input);
  return readResource(id, input, ctx.timeoutMs);
}

/** Reads a file or URL by its absolute id; `display` names it in messages. */
export async function readResource(id: string, display: string, timeoutMs: number): Promise<RawSource> {
  if (!isHttpUrl(id)) {
    const bytes = await readFileBytes(id, display);
    return rawSource({ id, display, base: id, bytes });
  }
  const { bytes, finalUrl } = await fetchBytes(id, display, timeoutMs);
  return rawSource({ id, display, base: finalUrl || id, bytes });
}

/** A BOM is not part of the document (YAML 1.2 §5.2, RFC 8259 §8.1 lets parsers ignore it). */
function decode(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: "file not found",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "file not found",
};

async function readFileBytes(file: string, display: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = errorCode(error);
    const reason = FILE_ERRORS[code] ?? (code || "read failed");
    throw new InputError(`cannot read '${display}': ${reason}`, { file: display }, { cause: error });
  }
}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found",
  EHOSTUNREACH: "host unreachable",
  UND_ERR_SOCKET: "connection closed",
};

async function fetchBytes(url: string, display: string, timeoutMs: number): Promise<{ bytes: Buffer; finalUrl: string }> {
  const fail = (reason: string, cause?: unknown): InputError =>
    new InputError(`cannot fetch '${display}': ${reason}`, { file: display }, { cause });
  let response: Response;
  try {
    // The timeout covers the body too: a server that sends headers then stalls is unreachable.
    const signal = AbortSignal.timeout(timeoutMs);
    response = await fetch(url, { signal, redirect: "follow" });
    if (!response.ok) throw fail(`HTTP ${response.status}`);
    return { bytes: Buffer.from(await response.arrayBuffer()), finalUrl: response.url };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
      throw fail(`no response within ${timeoutMs} ms`, error);
    }
    const code = errorCode(error instanceof Error ? error.cause : undefined);
    throw fail(NETWORK_ERRORS[code] ?? (code || "request failed"), error);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "read failed";
    throw new InputError(`cannot read standard input: ${reason}`, { file: STDIN_DISPLAY }, { cause: error });
  }
  return Buffer.concat(chunks);
}

function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return "";
}
