// The body encoders, parameter styles and binary response reader security.ts imports for
// ApiDescriptor.codecs (runtime/contracts.ts): those the document's operations use and no
// others, so a bundle of the client carries no multipart code when every body is JSON, no
// deepObject code when no parameter is one, and no Blob reading when every answer is text.
// `simple` and `form`, the defaults (OpenAPI 3.1 §4.8.12.2), are built in.
import type { BodyKind, ParameterStyle } from "../../runtime/descriptors.js";
import type { Operation } from "../model/types.js";

/** Each body kind's encoder, as runtime/body.ts exports it. */
const BODY_ENCODERS: Record<BodyKind, string> = {
  binary: "bytesBody",
  form: "formUrlencodedBody",
  json: "jsonBody",
  multipart: "multipartFormBody",
  text: "textBody",
};

/** The styles runtime/style.ts exports besides the built-in defaults. */
const OTHER_STYLES: readonly ParameterStyle[] = ["deepObject", "label", "matrix", "pipeDelimited", "spaceDelimited"];

export interface CodecImports {
  /** `key`: the body kind in ApiDescriptor.codecs.body; `name`: the encoder runtime/body.ts exports. */
  body: { key: BodyKind; name: string }[];
  /** Style names, each both the key in ApiDescriptor.codecs.style and runtime/style.ts's export. */
  style: ParameterStyle[];
  /** Some operation declares a binary response: runtime/response-binary.ts's reader is needed. */
  binaryResponse: boolean;
  /** Some parameter or form property allows reserved characters (§4.8.12.1): runtime/encode.ts's encoder. */
  allowReserved: boolean;
  /** ApiDescriptor.codecs.style has an entry: a style above, or the allowReserved encoder. */
  styles: boolean;
  /** Anything at all to hand over; without, security.ts prints no `codecs`. */
  any: boolean;
}

export function codecImports(operations: readonly Operation[]): CodecImports {
  const kinds = new Set<BodyKind>();
  const styles = new Set<ParameterStyle>();
  let binaryResponse = false;
  let allowReserved = false;
  for (const operation of operations) {
    const { success, error } = operation.responses;
    if ([...success, ...error].some((response) => response.readAs === "binary")) binaryResponse = true;
    for (const group of operation.parameters) {
      for (const parameter of group.parameters) {
        styles.add(parameter.style);
        if (parameter.allowReserved) allowReserved = true;
      }
    }
    for (const media of operation.body?.media ?? []) {
      kinds.add(media.kind);
      // §4.8.15: a form property's Encoding Object may name its own style.
      for (const encoding of Object.values(media.encoding ?? {})) {
        if (encoding.style !== undefined) styles.add(encoding.style);
        if (encoding.allowReserved === true) allowReserved = true;
      }
    }
  }
  const body = [...kinds].sort().map((key) => ({ key, name: BODY_ENCODERS[key] }));
  const style = OTHER_STYLES.filter((name) => styles.has(name));
  const hasStyles = style.length > 0 || allowReserved;
  return { body, style, binaryResponse, allowReserved, styles: hasStyles, any: body.length > 0 || hasStyles || binaryResponse };
}
