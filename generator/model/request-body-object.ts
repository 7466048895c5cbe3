// OpenAPI 3.1 §4.8.13 Request Body Object and §4.8.15 Encoding Object.
// https://spec.openapis.org/oas/v3.1.0#request-body-object
import type { ReferenceObject, RequestBodyObject } from "openapi-typescript";
import { docOf } from "./doc.js";
import { defaultFirst, mediaKind, payloadType } from "./media.js";
import { appendPointer } from "../load/pointer.js";
import { holdsMarks } from "./read-write.js";
import { deref, type ModelContext } from "./ref.js";
import type { EncodingProperty, MediaType, ParameterStyle, RequestBody } from "./types.js";

function encodingOf(raw: unknown): Record<string, EncodingProperty> | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  // fromEntries keeps a property named `__proto__` as an own key.
  const out: Record<string, EncodingProperty> = Object.fromEntries(
    Object.entries(raw as Record<string, Record<string, unknown>>).map(([name, value]) => [
      name,
      {
        contentType: typeof value.contentType === "string" ? value.contentType : undefined,
        style: typeof value.style === "string" ? (value.style as ParameterStyle) : undefined,
        explode: typeof value.explode === "boolean" ? value.explode : undefined,
        allowReserved: typeof value.allowReserved === "boolean" ? value.allowReserved : undefined,
      },
    ]),
  );
  return Object.keys(out).length > 0 ? out : undefined;
}

const XML = /^application\/(.+\+)?xml$|^text\/xml$/;

/** What the body's media type asks for that the runtime does not do. */
function warnUnsupported(ctx: ModelContext, type: string, encoding: unknown, at: string): void {
  if (XML.test(type.split(";")[0].trim().toLowerCase())) {
    ctx.warn(at, `'${type}' bodies are sent as the string you pass: keyway does not serialize objects to XML`);
  }
  // §4.8.15: per-part headers of a multipart body; their values would come from the caller, and
  // the argument has no place for them.
  for (const [name, value] of Object.entries((encoding ?? {}) as Record<string, { headers?: unknown }>)) {
    if (value && typeof value === "object" && value.headers && Object.keys(value.headers).length > 0) {
      ctx.warn(`${appendPointer(`${at}/encoding`, name)}/headers`, `per-part headers of '${name}' are not sent: multipart parts carry only their Content-Type`);
    }
  }
}

export function buildRequestBody(
  ctx: ModelContext,
  raw: RequestBodyObject | ReferenceObject | undefined,
  at: string,
): RequestBody | undefined {
  if (!raw) return undefined;
  const body = deref<RequestBodyObject>(ctx, raw, at);
  if (!body?.content) return undefined;
  const media: MediaType[] = Object.entries(body.content).map(([type, object]) => {
    const { encoding, schema } = object as { encoding?: unknown; schema?: unknown };
    warnUnsupported(ctx, type, encoding, appendPointer(`${at}/content`, type));
    const kind = mediaKind(type);
    const typed = payloadType(kind);
    return { type, kind, typed, readWrite: typed.schema && holdsMarks(ctx.document, schema), encoding: encodingOf(encoding) };
  });
  if (media.length === 0) return undefined;
  return { required: body.required === true, media: defaultFirst(media), doc: docOf(body) };
}
