// Path templating, OpenAPI 3.1 §4.8.2 (Paths Object) and §4.8.12 (path parameters).
// Values are percent-encoded per RFC 3986 §2.3, so "/" "?" "#" or "%" in a value stay
// data and can never change which resource the request addresses.
import type { OperationSpec, ParamSpec } from "./types.js";
import { encodeUnreserved } from "./encode.js";
import { styleSegment } from "./style.js";
import { contentValue } from "./media.js";

const pathParams = new WeakMap<OperationSpec, Map<string, ParamSpec>>();

export function buildPath(operation: OperationSpec, values: object | undefined): string {
  let specs = pathParams.get(operation);
  if (specs === undefined) {
    specs = new Map();
    for (const p of operation.params) if (p.in === "path") specs.set(p.name, p);
    pathParams.set(operation, specs);
  }
  const given = (values ?? {}) as Record<string, unknown>;
  const path = operation.path.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = given[name];
    // §4.8.12.1: path parameters are always required. (`null` is the table's "empty".)
    if (value === undefined) throw new TypeError(`${label(operation)}: missing path parameter "${name}"`);
    const spec = specs?.get(name);
    if (spec?.contentType) return encodeUnreserved(contentValue(spec.contentType, value));
    return styleSegment({
      name,
      style: spec?.style ?? "simple",
      explode: spec?.explode ?? false,
      value,
      encode: encodeUnreserved,
    });
  });
  // WHATWG URL parsing resolves "." and ".." segments even when percent-encoded (%2e), so
  // a value that forms one would climb the path: refuse to send rather than misaddress.
  if (/(?:^|\/)(?:\.|%2e){1,2}(?=\/|$)/i.test(path)) {
    throw new TypeError(`${label(operation)}: a path parameter may not form a "." or ".." segment`);
  }
  return path;
}

function label(operation: OperationSpec): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}
