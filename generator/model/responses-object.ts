// OpenAPI 3.1 §4.8.16 Responses Object, §4.8.17 Response Object, §4.8.21 Header Object.
// https://spec.openapis.org/oas/v3.1.0#responses-object
import type { HeaderObject, ReferenceObject, ResponseObject, ResponsesObject } from "openapi-typescript";
import { docOf } from "./doc.js";
import { headerParse, headerValueType } from "./header-object.js";
import { dataType, defaultFirst, mediaKind, payloadType, responseReading } from "./media.js";
import { appendPointer } from "../load/pointer.js";
import { holdsMarks } from "./read-write.js";
import { deref, type ModelContext } from "./ref.js";
import type { MediaType, Response, ResponseHeader } from "./types.js";

const STATUS = /^([1-5][0-9][0-9]|[1-5]XX|default)$/i;

function headersOf(ctx: ModelContext, raw: ResponseObject["headers"], at: string): ResponseHeader[] {
  const headers: ResponseHeader[] = [];
  const seen = new Set<string>();
  for (const [name, value] of Object.entries(raw ?? {})) {
    const key = name.toLowerCase();
    // §4.8.17.1: a response header named Content-Type SHALL be ignored.
    if (key === "content-type" || seen.has(key)) continue;
    const header = deref<HeaderObject>(ctx, value as HeaderObject | ReferenceObject, appendPointer(at, name));
    if (!header) continue;
    seen.add(key);
    const parse = headerParse(ctx, header, appendPointer(at, name));
    headers.push({ name, key, required: header.required === true, parse, value: headerValueType(parse), doc: docOf(header) });
  }
  return headers;
}

function mediaOf(ctx: ModelContext, type: string, object: unknown): MediaType {
  const kind = mediaKind(type);
  const typed = payloadType(kind);
  const schema = (object as { schema?: unknown } | undefined)?.schema;
  return { type, kind, typed, readWrite: typed.schema && holdsMarks(ctx.document, schema) };
}

export function buildResponses(ctx: ModelContext, raw: ResponsesObject | undefined, at: string): Response[] {
  const responses: Response[] = [];
  for (const [status, value] of Object.entries(raw ?? {})) {
    if (status.startsWith("x-")) continue;
    const where = appendPointer(at, status);
    if (!STATUS.test(status)) {
      ctx.warn(where, `response status '${status}' is not a status code, range or 'default'; skipped`);
      continue;
    }
    const response = deref<ResponseObject>(ctx, value as ResponseObject | ReferenceObject, where);
    if (!response) continue;
    if (response.links && Object.keys(response.links).length > 0) {
      // §4.8.20 Link Object: design-time relations between operations; nothing to call.
      ctx.warn(`${where}/links`, "links are not supported: no code is generated for them");
    }
    const headers = headersOf(ctx, response.headers, `${where}/headers`);
    const media = defaultFirst(Object.entries(response.content ?? {}).map(([type, object]) => mediaOf(ctx, type, object)));
    responses.push({
      status: status.toUpperCase() === "DEFAULT" ? "default" : status.toUpperCase(),
      code: /^\d{3}$/.test(status) ? Number(status) : undefined,
      media,
      primary: media[0],
      dataType: dataType(media[0]),
      readAs: responseReading(media[0]),
      headers,
      parsedHeaders: headers.some((header) => header.parse !== undefined),
      doc: docOf(response),
    });
  }
  return responses;
}

/** §4.8.16: a call resolves with its 2xx responses, or with `default` when none is declared. */
export function splitResponses(responses: Response[]): { success: Response[]; error: Response[] } {
  const ok = responses.filter((r) => r.status.startsWith("2"));
  const success = ok.length > 0 ? ok : responses.filter((r) => r.status === "default");
  return { success, error: responses.filter((r) => !success.includes(r)) };
}
