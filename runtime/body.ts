// Request bodies, OpenAPI 3.1 §4.8.13 (Request Body Object): the caller's `contentType`
// picks one of the declared media types, the first being the default. Each kind is
// turned into data axios sends as-is (transformRequest is the identity) with an explicit
// Content-Type. `replayable` tells the auth interceptor whether a retry may resend it.
import type { RequestArgs } from "./contracts.js";
import type { BodyMediaDescriptor, OperationDescriptor } from "./descriptors.js";
import { concreteType } from "./media.js";
import { formBody } from "./body-form.js";
import { multipartBody } from "./body-multipart.js";
import { binaryBody, type EncodedBody } from "./body-binary.js";

const NO_BODY: EncodedBody = { replayable: true };

export function encodeBody(operation: OperationDescriptor, args: RequestArgs): EncodedBody {
  const declared = operation.body;
  if (!declared || args.body === undefined) return NO_BODY;
  const media = pickMedia(operation, declared.media, args.contentType);
  const body = args.body;
  switch (media.kind) {
    case "json":
      return { data: JSON.stringify(body), contentType: concreteType(media.type, "application/json"), replayable: true };
    case "text":
      return { data: String(body), contentType: concreteType(media.type, "text/plain"), replayable: true };
    case "form":
      return { data: formBody(body, media.encoding), contentType: media.type, replayable: true };
    case "multipart":
      return multipartBody(body, media.encoding);
    case "binary":
      return binaryBody(body, media.type);
  }
}

function pickMedia(operation: OperationDescriptor, media: readonly BodyMediaDescriptor[], wanted?: string): BodyMediaDescriptor {
  const chosen = wanted === undefined ? media[0] : media.find((m) => m.type === wanted);
  if (!chosen) {
    const known = media.map((m) => m.type).join(", ");
    throw new TypeError(
      `${operation.method.toUpperCase()} ${operation.path}: contentType "${wanted ?? ""}" is not one of: ${known}`,
    );
  }
  return chosen;
}
