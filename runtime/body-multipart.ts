// `multipart/form-data` bodies, OpenAPI 3.1 §4.8.14.4 (Special Considerations for
// multipart Content) and §4.8.15 (Encoding Object). Default part types: primitives are
// text/plain, objects application/json, binary application/octet-stream; an `encoding`
// entry's contentType overrides them. Array items become repeated parts with one name.
//
// Written by hand (RFC 7578) instead of through FormData: FormData gives every Blob part a
// `filename` ("blob" when it has none), and Spring, FastAPI and multer take any part with a
// filename for an uploaded file, so a JSON part must be a Blob-free part with its own
// Content-Type. The body is one Blob of the parts (files are referenced, not copied), sent
// with our boundary: byte-identical on a retry (DESIGN §4.6), in Node and browsers alike.
import type { EncodingDescriptor } from "./descriptors.js";
import { fileName, isBlob, isStream, newBlob, type BlobLike } from "./env.js";
import { isJsonType } from "./media.js";
import { isPlainObject, primitiveText } from "./style.js";
import type { EncodedBody } from "./contracts.js";

type Content = string | BlobLike | ArrayBuffer | ArrayBufferView;

/** One part: its Content-Type (none for a plain field) and file name (none but for files). */
interface Part {
  name: string;
  type?: string;
  file?: string;
  content: Content;
}

export function multipartBody(body: unknown, encoding: Readonly<Record<string, EncodingDescriptor>> = {}): EncodedBody {
  if (!isPlainObject(body)) throw new TypeError("keyway: a multipart/form-data body must be a plain object");
  const parts: Part[] = [];
  for (const [name, value] of Object.entries(body)) {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      const part = partOf(name, item, partTypeOf(encoding[name]?.contentType));
      if (part) parts.push(part);
    }
  }
  const boundary = `keyway-${randomHex()}`;
  const contentType = `multipart/form-data; boundary=${boundary}`;
  return { data: newBlob(frame(parts, boundary), contentType), contentType, replayable: true };
}

/**
 * §4.8.15: an Encoding contentType may be a wildcard (`image/*`) or a comma-separated list;
 * a part is sent with the first listed type, or with its default when that is a wildcard.
 */
function partTypeOf(declared: string | undefined): string | undefined {
  const first = declared?.split(",")[0]?.trim();
  return first && !first.includes("*") ? first : undefined;
}

function partOf(name: string, value: unknown, partType: string | undefined): Part | undefined {
  if (value === undefined || value === null) return undefined;
  if (isStream(value)) {
    throw new TypeError(`keyway: multipart part "${name}" is a stream; pass a Blob, File or bytes`);
  }
  // A file part needs a filename (RFC 7578 §4.2) for servers to treat it as one; a Blob or
  // bytes without a name are named after their part, as Python's requests does.
  if (isBlob(value)) {
    return { name, type: value.type || partType || "application/octet-stream", file: fileName(value) ?? name, content: value };
  }
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    return { name, type: partType ?? "application/octet-stream", file: name, content: value };
  }
  if (isPlainObject(value) || Array.isArray(value)) {
    // §4.8.15: an object's default is application/json; we serialize no other type.
    const type = partType && isJsonType(partType) ? partType : "application/json";
    return { name, type, content: JSON.stringify(value) };
  }
  // RFC 7578 §4.4: a part without Content-Type is text/plain, so only other types are named.
  if (partType && partType !== "text/plain") return { name, type: partType, content: primitiveText(value) };
  return { name, content: newlines(primitiveText(value)) };
}

/** RFC 7578 §4.1 / §4.8: each part after `--boundary`, headers, a blank line, the content. */
function frame(parts: readonly Part[], boundary: string): Content[] {
  const out: Content[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"`;
    if (part.file !== undefined) head += `; filename="${quoted(part.file)}"`;
    if (part.type !== undefined) head += `\r\nContent-Type: ${part.type.replace(/[\r\n]/g, "")}`;
    out.push(`${head}\r\n\r\n`, part.content, "\r\n");
  }
  out.push(`--${boundary}--\r\n`);
  return out;
}

/** What FormData does (WHATWG HTML, multipart/form-data encoding): no quote or line break escapes the header. */
function quoted(text: string): string {
  return text.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");
}

/** Plain text fields go with CRLF line breaks, as FormData sends them (WHATWG HTML). */
function newlines(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "\r\n");
}

/** RFC 7578 §4.1: a boundary that no part contains; Node 20 and browsers have Web Crypto. */
function randomHex(): string {
  const { crypto } = globalThis as unknown as { crypto: { getRandomValues(a: Uint8Array): Uint8Array } };
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
}
