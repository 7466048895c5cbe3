// Query serialization, OpenAPI 3.1 §4.8.12 (in: query) with the §4.8.12.4 style table.
//
// The request path keeps the RAW query values in `config.params` (a plain object keyed by
// parameter name) and gives axios a per-request `paramsSerializer` that applies each
// parameter's style. Names the operation does not declare (an apiKey added by the auth
// interceptor) are sent as style form, explode true: `name=value`, RFC 3986-encoded.
import type { StyleCodecs } from "./contracts.js";
import type { ParameterDescriptor } from "./descriptors.js";
import { encodeUnreserved } from "./encode.js";
import { pairStyle, reservedEncoder } from "./style.js";
import { contentValue } from "./media.js";

export type QueryParams = Record<string, unknown>;

const UNDECLARED: Omit<ParameterDescriptor, "name"> = { in: "query", style: "form", explode: true };

const declared = new WeakMap<readonly ParameterDescriptor[], Map<string, ParameterDescriptor>>();

export function serializeQuery(params: QueryParams, descriptors: readonly ParameterDescriptor[], styles: StyleCodecs | undefined): string {
  let byName = declared.get(descriptors);
  if (byName === undefined) {
    byName = new Map(descriptors.filter((p) => p.in === "query").map((p) => [p.name, p]));
    declared.set(descriptors, byName);
  }
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    pairs.push(...paramPairs(byName.get(name) ?? { ...UNDECLARED, name }, value, styles));
  }
  return pairs.join("&");
}

/** Also used for `application/x-www-form-urlencoded` bodies (§4.8.15, Encoding Object). */
export function paramPairs(descriptor: ParameterDescriptor, value: unknown, styles: StyleCodecs | undefined): string[] {
  const encode = descriptor.allowReserved ? reservedEncoder(styles) : encodeUnreserved;
  if (descriptor.contentType) {
    // §4.8.12.1: a parameter with `content` is one value of that media type.
    return [`${encode(descriptor.name)}=${encode(contentValue(descriptor.contentType, value))}`];
  }
  return pairStyle(descriptor.style, styles)({ name: descriptor.name, explode: descriptor.explode, value, encode });
}
