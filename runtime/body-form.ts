// `application/x-www-form-urlencoded` bodies, OpenAPI 3.1 §4.8.15 (Encoding Object):
// each property is serialized like a query parameter, by default style form, explode
// true, using its `encoding` entry's style/explode/allowReserved; a property whose
// encoding names only a `contentType` is sent as one value of that (JSON) media type.
import type { StyleCodecs } from "./contracts.js";
import type { EncodingDescriptor } from "./descriptors.js";
import { paramPairs } from "./query.js";
import { isPlainObject } from "./style.js";

export function formBody(body: unknown, encoding: Readonly<Record<string, EncodingDescriptor>> = {}, styles?: StyleCodecs): string {
  if (!isPlainObject(body)) throw new TypeError("keyway: a form-urlencoded body must be a plain object");
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    const enc = encoding[name] ?? {};
    const style = enc.style ?? "form";
    pairs.push(
      ...paramPairs(
        {
          name,
          in: "query",
          style,
          explode: enc.explode ?? style === "form",
          ...(enc.allowReserved !== undefined && { allowReserved: enc.allowReserved }),
          // OpenAPI 3.1.1 §4.8.15.1: an explicit style, explode or allowReserved makes contentType ignored.
          ...(enc.contentType !== undefined && !styled(enc) && { contentType: enc.contentType }),
        },
        value,
        styles,
      ),
    );
  }
  return pairs.join("&");
}

function styled(enc: EncodingDescriptor): boolean {
  return enc.style !== undefined || enc.explode !== undefined || enc.allowReserved !== undefined;
}
