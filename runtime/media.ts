// Media type helpers (RFC 6838 names, RFC 9110 §8.3.1 parameters).

/** `application/problem+json; charset=utf-8` -> `application/problem+json`. */
function essence(contentType: string | undefined): string {
  return ((contentType ?? "").split(";")[0] ?? "").trim().toLowerCase();
}

/** `application/json`, any `+json` suffix (RFC 6839 §3.1), and the JSON-ish wildcards. */
export function isJsonType(contentType: string | undefined): boolean {
  const e = essence(contentType);
  return e === "application/json" || e.endsWith("+json") || e === "application/*+json";
}

export function isTextType(contentType: string | undefined): boolean {
  return essence(contentType).startsWith("text/");
}

/** A document may declare `*\/*` or `image/*`; a request must name one concrete type. */
export function concreteType(declared: string, fallback: string): string {
  return declared.includes("*") ? fallback : declared;
}

/**
 * OpenAPI 3.1 §4.8.12.1: a parameter with `content` is one value in that media type. A
 * string for a text type is already its representation; anything else is sent as JSON.
 */
export function contentValue(contentType: string, value: unknown): string {
  return isTextType(contentType) && typeof value === "string" ? value : JSON.stringify(value);
}
