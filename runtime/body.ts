// Request bodies, OpenAPI 3.1 §4.8.13 (Request Body Object): the caller's `contentType`
// picks one of the declared media types, the first being the default. Each kind is
// turned into data axios sends as-is (transformRequest is the identity) with an explicit
// Content-Type. `replayable` tells the auth interceptor whether a retry may resend it.
//
// One encoder per kind, each its own export: the generated security.ts hands over those its
// document declares (ApiDescriptor.codecs.body), so an app that sends JSON bundles no form,
// multipart or binary code.
import type { RequestArgs, BodyEncoder, Codecs, EncodedBody } from "./contracts.js";
import type { BodyMediaDescriptor, OperationDescriptor } from "./descriptors.js";
import { concreteType } from "./media.js";
import { formBody } from "./body-form.js";
import { multipartBody } from "./body-multipart.js";
import { binaryBody } from "./body-binary.js";

const NO_BODY: EncodedBody = { replayable: true };

export function encodeBody(operation: OperationDescriptor, args: RequestArgs, codecs: Codecs): EncodedBody {
  const declared = operation.body;
  if (!declared || args.body === undefined) return NO_BODY;
  const media = pickMedia(operation, declared.media, args.contentType);
  const encoder = codecs.body?.[media.kind];
  if (encoder === undefined) throw new TypeError(`keyway: no ${media.kind} body encoder; ApiDescriptor.codecs.body must include it (generated security.ts does)`);
  return encoder(args.body, media, codecs);
}

export const jsonBody: BodyEncoder = (body, media) => ({ data: JSON.stringify(body), contentType: concreteType(media.type, "application/json"), replayable: true });

export const textBody: BodyEncoder = (body, media) => ({ data: String(body), contentType: concreteType(media.type, "text/plain"), replayable: true });

export const formUrlencodedBody: BodyEncoder = (body, media, codecs) => ({ data: formBody(body, media.encoding, codecs.style), contentType: media.type, replayable: true });

export const multipartFormBody: BodyEncoder = (body, media) => multipartBody(body, media.encoding);

export const bytesBody: BodyEncoder = (body, media) => binaryBody(body, media.type);

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
