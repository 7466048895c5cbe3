// Reading responses, OpenAPI 3.1 §4.8.16 (Responses Object): an exact status code wins
// over a range (`2XX`), which wins over `default`. Axios hands us raw text (or raw bytes
// when the operation declares a binary response) and this module decodes it, so the
// result never depends on axios's JSON guessing.
//
// Bytes (a Blob or an ArrayBuffer) come only for operations that declare a binary response;
// reading those is response-binary.ts's, which the generated security.ts hands over in
// ApiDescriptor.codecs when its document has one, so other clients bundle text decoding only.
import type { Codecs } from "./contracts.js";
import type { OperationDescriptor, ResponseKind } from "./descriptors.js";
import { isJsonType, isTextType } from "./media.js";

/** The axios `responseType` for an operation: raw bytes only when some answer is binary. */
export function responseTypeFor(operation: OperationDescriptor, codecs: Codecs): "text" | "arraybuffer" | "blob" {
  if (!Object.values(operation.responses).includes("binary")) return "text";
  if (codecs.binaryResponse === undefined) throw new TypeError("keyway: no binary response decoder; ApiDescriptor.codecs.binaryResponse must be set (generated security.ts does)");
  return codecs.binaryResponse.responseType();
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
 * Decodes a body as axios handed it over: text, or bytes when the operation declares a binary
 * response. An undeclared status is read by its Content-Type. JSON that does not parse throws
 * BodyParseError (the caller decides what that means for its status).
 */
export function decodeBody(raw: unknown, kind: ResponseKind | undefined, contentType: string | undefined, codecs: Codecs): unknown {
  if (typeof raw === "string") return decodeString(raw, kind, contentType);
  if (codecs.binaryResponse !== undefined) return codecs.binaryResponse.decode(raw, kind, contentType);
  return decodeString(raw === undefined || raw === null ? "" : String(raw), kind, contentType);
}

/** Text as axios hands it over (no Blob to read). */
export function decodeString(raw: string, kind: ResponseKind | undefined, contentType: string | undefined): unknown {
  const effective = kind ?? guessKind(raw, contentType);
  return effective === "none" ? undefined : effective === "binary" ? raw : decodeText(raw, effective);
}

export function decodeText(text: string, kind: "json" | "text"): unknown {
  if (kind === "text") return text;
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyParseError(text);
  }
}

export function guessKind(raw: unknown, contentType: string | undefined): ResponseKind {
  if (isJsonType(contentType)) return "json";
  if (typeof raw === "string" || isTextType(contentType) || !contentType) return "text";
  return "binary";
}
