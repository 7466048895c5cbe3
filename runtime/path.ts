// Path templating, OpenAPI 3.1 §4.8.2 (Paths Object) and §4.8.12 (path parameters).
// Values are percent-encoded per RFC 3986 §2.3, so "/" "?" "#" or "%" in a value stay
// data and can never change which resource the request addresses.
import type { StyleCodecs } from "./contracts.js";
import type { OperationDescriptor, ParameterDescriptor } from "./descriptors.js";
import { encodeUnreserved } from "./encode.js";
import { segmentStyle } from "./style.js";
import { contentValue } from "./media.js";

const pathParams = new WeakMap<OperationDescriptor, Map<string, ParameterDescriptor>>();

export function buildPath(operation: OperationDescriptor, values: object | undefined, styles: StyleCodecs | undefined): string {
  let descriptors = pathParams.get(operation);
  if (descriptors === undefined) {
    descriptors = new Map();
    for (const p of operation.params) if (p.in === "path") descriptors.set(p.name, p);
    pathParams.set(operation, descriptors);
  }
  const given = (values ?? {}) as Record<string, unknown>;
  const path = operation.path.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = given[name];
    // §4.8.12.1: path parameters are always required. (`null` is the table's "empty".)
    if (value === undefined) throw new TypeError(`${label(operation)}: missing path parameter "${name}"`);
    const descriptor = descriptors?.get(name);
    if (descriptor?.contentType) return encodeUnreserved(contentValue(descriptor.contentType, value));
    return segmentStyle(descriptor?.style ?? "simple", styles)({ name, explode: descriptor?.explode ?? false, value, encode: encodeUnreserved });
  });
  // WHATWG URL parsing resolves "." and ".." segments even when percent-encoded (%2e), so
  // a value that forms one would climb the path: refuse to send rather than misaddress.
  if (/(?:^|\/)(?:\.|%2e){1,2}(?=\/|$)/i.test(path)) {
    throw new TypeError(`${label(operation)}: a path parameter may not form a "." or ".." segment`);
  }
  return path;
}

function label(operation: OperationDescriptor): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}
