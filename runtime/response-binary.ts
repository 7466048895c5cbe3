// Binary responses (OpenAPI 3.1 §4.8.14.3 for bodies; the same media types answer): axios is
// asked for raw bytes, an ArrayBuffer in Node and a Blob in browsers, and this reads them as
// the operation declares. Only clients whose document declares a binary response bundle it:
// the generated security.ts passes `binaryResponses` in ApiDescriptor.codecs.
import type { BinaryResponses } from "./contracts.js";
import type { ResponseKind } from "./descriptors.js";
import { isBlob, isNode, isNodeBuffer, viewToArrayBuffer } from "./env.js";
import { decodeText, guessKind } from "./response.js";

export const binaryResponses: BinaryResponses = {
  responseType: () => (isNode() ? "arraybuffer" : "blob"),
  decode: decodeBytes,
};

/** Bytes as the declared kind: binary as they are, JSON and text read as UTF-8 first. */
export async function decodeBytes(raw: unknown, kind: ResponseKind | undefined, contentType: string | undefined): Promise<unknown> {
  const effective = kind ?? guessKind(raw, contentType);
  if (effective === "none") return undefined;
  if (effective === "binary") return toBinary(raw);
  return decodeText(await toText(raw), effective);
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
