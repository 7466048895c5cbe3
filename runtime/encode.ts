// Percent-encoding for URL parts, per RFC 3986.
//
// §2.3: only unreserved characters (ALPHA / DIGIT / "-" / "." / "_" / "~") may appear
// unencoded in a parameter value; everything else, the §2.2 reserved set included, is
// percent-encoded so a value can never add a path segment, start a query or split a pair.

/** RFC 3986 §2.3: encodes every character outside the unreserved set. */
export function encodeUnreserved(value: string): string {
  // encodeURIComponent leaves !'()* alone although they are sub-delims (§2.2).
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const TRIPLET = /%[0-9A-Fa-f]{2}/g;

/**
 * OpenAPI 3.1 §4.8.12.1 `allowReserved`: the §2.2 reserved characters
 * :/?#[]@!$&'()*+,;= pass through unencoded, and so do existing percent-encoded triplets;
 * everything else is encoded as usual.
 */
export function encodeAllowReserved(value: string): string {
  let out = "";
  let last = 0;
  for (const match of value.matchAll(TRIPLET)) {
    out += encodeReservedRun(value.slice(last, match.index)) + match[0];
    last = (match.index ?? 0) + match[0].length;
  }
  return out + encodeReservedRun(value.slice(last));
}

function encodeReservedRun(run: string): string {
  // encodeURI keeps reserved and unreserved characters but encodes "[" and "]" (and "%").
  return encodeURI(run).replace(/%5B/gi, "[").replace(/%5D/gi, "]");
}

/** Header values are not percent-encoded (OpenAPI 3.1 §4.8.12.4, style `simple`). */
export function encodeNothing(value: string): string {
  return value;
}
