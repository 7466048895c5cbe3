// OpenAPI 3.1 §4.8.16 Responses Object and §4.8.17 Response Object.
// https://spec.openapis.org/oas/v3.1.0#responses-object
import type { ReferenceObject, ResponseObject, ResponsesObject } from "openapi-typescript";
import { docOf } from "./doc.js";
import { defaultFirst, mediaKind } from "./media.js";
import { deref, escapePointer, type ModelContext } from "./ref.js";
import type { Response } from "./types.js";

const STATUS = /^([1-5][0-9][0-9]|[1-5]XX|default)$/i;

export function buildResponses(ctx: ModelContext, raw: ResponsesObject | undefined, at: string): Response[] {
  const responses: Response[] = [];
  for (const [status, value] of Object.entries(raw ?? {})) {
    if (status.startsWith("x-")) continue;
    const where = `${at}/${escapePointer(status)}`;
    if (!STATUS.test(status)) {
      ctx.warn(where, `response status '${status}' is not a status code, range or 'default'; skipped`);
      continue;
    }
    const response = deref<ResponseObject>(ctx, value as ResponseObject | ReferenceObject, where);
    if (!response) continue;
    const media = Object.keys(response.content ?? {}).map((type) => ({ type, kind: mediaKind(type) }));
    responses.push({
      status: status.toUpperCase() === "DEFAULT" ? "default" : status.toUpperCase(),
      code: /^\d{3}$/.test(status) ? Number(status) : undefined,
      media: defaultFirst(media),
      headers: Object.keys(response.headers ?? {}),
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
