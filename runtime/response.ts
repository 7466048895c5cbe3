// Reading responses, OpenAPI 3.1 §4.8.16 (Responses Object): an exact status code wins
// over a range (`2XX`), which wins over `default`. Axios hands us raw text (or raw bytes
// when the operation declares a binary response) and this module decodes it, so the
// result never depends on axios's JSON guessing.
import type { OperationDescriptor, ResponseKind } from "./descriptors.js";
import { isBlob, isNode, isNodeBuffer, viewToArrayBuffer } from "./env.js";
import { isJsonType, isTextType } from "./media.js";

/** The axios `responseType` for an operation: raw bytes only when some answer is binary. */
export function responseTypeFor(operation: OperationDescriptor): "text" | "arraybuffer" | "blob" {
  if (!Object.values(operation.responses).includes("binary")) return "text";
  return isNode() ? "arraybuffer" : "blob";
}

export function responseKind(operation: OperationDescriptor, status: number): ResponseKind | undefined {
  return forStatus(operation.responses, status);
}

/** The entry of a map keyed like `responses` that applies to `status`. */
export function forStatus<T>(byStatus: Readonly<Record<string, T>>, status: number): T | undefined {
  const range = `${Math.floor(status / 100)}XX`;
  return byStatus[String(status)] ?? byStatus[range] ?? byStatus[range.toLowerCase()] ?? byStatus.default;
}

export class BodyParseError extends Error {
  declare readonly text: string;

  constructor(text: string) {
    super("the response body is not valid JSON");
    this.text = text;
  }
}

/**
 * Decodes a body. An undeclared status is read by its Content-Type. JSON that does not
 * parse throws BodyParseError (the caller decides what that means for its status).
 */
export async function decodeBody(raw: unknown, kind: ResponseKind | undefined, contentType: string | undefined): Promise<unknown> {
  const effective = kind ?? guessKind(raw, contentType);
  if (effective === "none") return undefined;
  if (effective === "binary") return toBinary(raw);
  return decodeText(await toText(raw), effective);
}

/** The synchronous case of decodeBody: text as axios hands it over (no Blob to read). */
export function decodeString(raw: string, kind: ResponseKind | undefined, contentType: string | undefined): unknown {
  const effective = kind ?? guessKind(raw, contentType);
  return effective === "none" ? undefined : effective === "binary" ? raw : decodeText(raw, effective);
}

function decodeText(text: string, kind: "json" | "text"): unknown {
  if (kind === "text") return text;
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyParseError(text);
  }
}

function guessKind(raw: unknown, contentType: string | undefined): ResponseKind {
  if (isJsonType(contentType)) return "json";
  if (typeof raw === "string" || isTextType(contentType) || !contentType) return "text";
  return "binary";
}

async function toText(raw: unknown): Promise<string> {
  if (raw === undefined || raw === null) return "";
  if (typeof raw === "string") return raw;
  if (isBlob(raw)) return raw.text();
  if (raw instanceof ArrayBuffer) return new TextDecoder().decode(new Uint8Array(raw));
  if (ArrayBuffer.isView(raw)) return new TextDecoder().decode(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
  return String(raw);
}

function toBinary(raw: unknown): unknown {
  // Node: axios gives a Buffer for responseType "arraybuffer"; callers get a plain
  // ArrayBuffer of exactly the body's bytes.
  if (isNodeBuffer(raw) || (ArrayBuffer.isView(raw) && !isBlob(raw))) return viewToArrayBuffer(raw as ArrayBufferView);
  return raw;
}
