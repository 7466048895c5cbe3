// Binary bodies (`application/octet-stream`, `image/png`, ...), OpenAPI 3.1 §4.8.14.3:
// the body is the raw bytes. Blobs, ArrayBuffers and typed arrays are replayable; a stream
// (Node Readable, WHATWG ReadableStream) is read once, so it is marked not replayable and
// the auth interceptor must not retry it (DESIGN §4, guarantee 6).
import type { EncodedBody } from "./contracts.js";
import { isBlob, isNodeBuffer, isStream, viewToArrayBuffer } from "./env.js";
import { concreteType } from "./media.js";

export function binaryBody(body: unknown, declaredType: string): EncodedBody {
  if (isStream(body)) {
    return { data: body, contentType: concreteType(declaredType, "application/octet-stream"), replayable: false };
  }
  if (isBlob(body)) {
    const type = concreteType(declaredType, body.type || "application/octet-stream");
    // axios's Node adapter takes Content-Type from the Blob itself, so give it ours.
    return { data: body.type === type ? body : body.slice(0, body.size, type), contentType: type, replayable: true };
  }
  const contentType = concreteType(declaredType, "application/octet-stream");
  if (body instanceof ArrayBuffer || isNodeBuffer(body) || typeof body === "string") {
    return { data: body, contentType, replayable: true };
  }
  if (ArrayBuffer.isView(body)) {
    // axios's Node adapter accepts only Buffer/ArrayBuffer/string/stream; a view into a
    // larger buffer must send only its own bytes.
    return { data: viewToArrayBuffer(body), contentType, replayable: true };
  }
  throw new TypeError("keyway: a binary body must be a Blob, ArrayBuffer, typed array, Buffer, string or stream");
}
