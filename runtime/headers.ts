// Header and cookie parameters, OpenAPI 3.1 §4.8.12: headers use style `simple`, cookies
// style `form`. Precedence (lowest first): client default headers, parameters, the body's
// Content-Type, then the caller's per-call `options.headers`, which always win.
import { AxiosHeaders } from "axios";
import type { OperationDescriptor, ParameterDescriptor } from "./descriptors.js";
import { encodeNothing, encodeUnreserved } from "./encode.js";
import { simple } from "./style.js";
import { paramPairs } from "./query.js";
import { contentValue } from "./media.js";

// §4.8.12.1: header parameters with these names SHALL be ignored; the body and the
// security schemes own them.
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);

// The instance type, spelled through the class: in a CommonJS project axios's types are
// `export = axios`, where the named `AxiosHeaders` is only a value (TS2749 as a type).
type AxiosHeadersInstance = InstanceType<typeof AxiosHeaders>;

export interface HeaderInputs {
  operation: OperationDescriptor;
  header?: object | undefined;
  cookie?: object | undefined;
  contentType?: string | undefined;
  clientHeaders?: Record<string, string> | undefined;
  callerHeaders?: Record<string, string> | undefined;
}

export function buildHeaders(input: HeaderInputs): AxiosHeadersInstance {
  const headers = new AxiosHeaders();
  for (const [k, v] of Object.entries(input.clientHeaders ?? {})) headers.set(k, v);
  const values = (input.header ?? {}) as Record<string, unknown>;
  for (const descriptor of input.operation.params) {
    const value = values[descriptor.name];
    if (descriptor.in !== "header" || value === undefined || IGNORED_HEADERS.has(descriptor.name.toLowerCase())) continue;
    headers.set(descriptor.name, headerValue(descriptor, value));
  }
  const cookie = cookieHeader(input.operation.params, (input.cookie ?? {}) as Record<string, unknown>);
  if (cookie) headers.set("Cookie", cookie);
  // No body, no Content-Type: `false` stops axios adding its form-urlencoded default to a
  // bodiless POST/PUT/PATCH (AxiosHeaders drops `false` values when sending).
  headers.set("Content-Type", input.contentType ?? false);
  for (const [k, v] of Object.entries(input.callerHeaders ?? {})) headers.set(k, v);
  return headers;
}

function headerValue(descriptor: ParameterDescriptor, value: unknown): string {
  if (descriptor.contentType) return contentValue(descriptor.contentType, value);
  return simple({ name: descriptor.name, explode: descriptor.explode, value, encode: encodeNothing });
}

function cookieHeader(params: readonly ParameterDescriptor[], values: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const descriptor of params) {
    const value = values[descriptor.name];
    if (descriptor.in !== "cookie" || value === undefined) continue;
    pairs.push(...paramPairs({ ...descriptor, style: "form" }, value, undefined));
  }
  // RFC 6265 §4.2.1: cookie-pairs are separated by "; ", never "&".
  return pairs.join("; ");
}

/**
 * Adds `name=value` to a Cookie header unless the caller already set that cookie
 * (theirs wins, DESIGN §4). For the auth interceptor's apiKey-in-cookie schemes.
 */
export function addCookie(headers: AxiosHeadersInstance, name: string, value: string): void {
  const current = String(headers.get("Cookie") ?? "");
  const names = current.split(";").map((p) => (p.split("=")[0] ?? "").trim());
  if (names.includes(name)) return;
  const pair = `${name}=${encodeUnreserved(value)}`;
  headers.set("Cookie", current ? `${current}; ${pair}` : pair);
}
