// Test-only: every body encoder, parameter style and the binary response reader, for hand-written ApiDescriptors.
// Generated clients import only those their document uses (security.ts), so this list ships
// in none of them.
import type { Codecs } from "../../runtime/contracts.js";
import { bytesBody, formUrlencodedBody, jsonBody, multipartFormBody, textBody } from "../../runtime/body.js";
import { encodeAllowReserved } from "../../runtime/encode.js";
import { binaryResponses } from "../../runtime/response-binary.js";
import { deepObject, label, matrix, pipeDelimited, spaceDelimited } from "../../runtime/style.js";

export const allCodecs: Codecs = {
  body: { json: jsonBody, text: textBody, form: formUrlencodedBody, multipart: multipartFormBody, binary: bytesBody },
  style: { matrix, label, spaceDelimited, pipeDelimited, deepObject, allowReserved: encodeAllowReserved },
  binaryResponse: binaryResponses,
};
