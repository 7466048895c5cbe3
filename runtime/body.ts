// Request bodies, OpenAPI 3.1 §4.8.13 (Request Body Object): the caller's `contentType`
// picks one of the declared media types, the first being the default. Each kind is
// turned into data axios sends as-is (transformRequest is the identity) with an explicit
// Content-Type. `replayable` tells the auth interceptor whether a retry may resend it.
import type { BodyMediaSpec, OperationSpec, RequestArgs } from "./types.js";
import { concreteType } from "./media.js";
import { formBody } from "./body-form.js";
import { multipartBody } from "./body-multipart.js";
import { binaryBody } from "./body-binary.js";

export interface EncodedBody {
  data?: unknown;
  /** Undefined only for multipart, where the platform adds the boundary. */
  contentType?: string;
  replayable: boolean;
}

const NO_BODY: EncodedBody = { replayable: true };

export function encodeBody(operation: OperationSpec, args: RequestArgs): EncodedBody {
  const spec = operation.body;
  if (!spec || args.body === undefined) return NO_BODY;
  const media = pickMedia(operation, spec.media, args.contentType);
  const body = args.body;
  switch (media.kind) {
    case "json":
      return { data: JSON.stringify(body), contentType: concreteType(media.type, "application/json"), replayable: true };
    case "text":
      return { data: String(body), contentType: concreteType(media.type, "text/plain"), replayable: true };
    case "form":
      return { data: formBody(body, media.encoding), contentType: media.type, replayable: true };
    case "multipart":
      // "multipart/form-data" without a boundary: axios (Node) and the browser (which
      // axios lets set it) replace it with the generated `; boundary=...`.
      return { data: multipartBody(body, media.encoding), contentType: "multipart/form-data", replayable: true };
    case "binary":
      return binaryBody(body, media.type);
  }
}

function pickMedia(operation: OperationSpec, media: readonly BodyMediaSpec[], wanted?: string): BodyMediaSpec {
  const chosen = wanted === undefined ? media[0] : media.find((m) => m.type === wanted);
  if (!chosen) {
    const known = media.map((m) => m.type).join(", ");
    throw new TypeError(
      `${operation.method.toUpperCase()} ${operation.path}: contentType "${wanted ?? ""}" is not one of: ${known}`,
    );
  }
  return chosen;
}
