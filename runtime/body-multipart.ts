// `multipart/form-data` bodies, OpenAPI 3.1 §4.8.14.4 (Special Considerations for
// multipart Content) and §4.8.15 (Encoding Object). Default part types: primitives are
// text/plain, objects application/json, binary application/octet-stream; an `encoding`
// entry's contentType overrides them. Array items become repeated parts with one name.
import type { EncodingDescriptor } from "./descriptors.js";
import { fileName, isBlob, isStream, newBlob, newFormData, type BlobLike, type FormDataLike } from "./env.js";
import { isJsonType } from "./media.js";
import { isPlainObject, primitiveText } from "./style.js";

export function multipartBody(body: unknown, encoding: Readonly<Record<string, EncodingDescriptor>> = {}): FormDataLike {
  if (!isPlainObject(body)) throw new TypeError("keyway: a multipart/form-data body must be a plain object");
  const form = newFormData();
  for (const [name, value] of Object.entries(body)) {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) appendPart(form, name, item, encoding[name]?.contentType);
  }
  return form;
}

function appendPart(form: FormDataLike, name: string, value: unknown, partType: string | undefined): void {
  if (value === undefined || value === null) return;
  if (isStream(value)) {
    throw new TypeError(`keyway: multipart part "${name}" is a stream; pass a Blob, File or bytes`);
  }
  if (isBlob(value)) {
    // FormData.append counts its arguments: an explicit `undefined` file name becomes the
    // text "undefined"; left out, a Blob gets the default name "blob".
    const file = fileName(value);
    if (file === undefined) form.append(name, retype(value, partType));
    else form.append(name, retype(value, partType), file);
  } else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    // Node Buffers are Uint8Arrays, so they land here too.
    form.append(name, newBlob([value], partType ?? "application/octet-stream"));
  } else if (isPlainObject(value) || Array.isArray(value)) {
    const type = partType ?? "application/json";
    form.append(name, newBlob([JSON.stringify(value)], isJsonType(type) ? type : "application/json"));
  } else if (partType && partType !== "text/plain") {
    form.append(name, newBlob([primitiveText(value)], partType));
  } else {
    form.append(name, primitiveText(value));
  }
}

/** A Blob keeps its own type unless it has none and the document names one. */
function retype(blob: BlobLike, partType: string | undefined): BlobLike {
  if (blob.type || !partType) return blob;
  return blob.slice(0, blob.size, partType);
}
