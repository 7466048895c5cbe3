// Is this string a URL? keyway asks three different questions; each has one answer here.

/** RFC 3986 §3.1 scheme, then `//` and an authority (§3.2): `https://x/`, `file:///a`. */
const SCHEME_AND_AUTHORITY = /^[a-z][a-z\d+\-.]*:\/\//i;

/**
 * An input or output the user named by URL rather than by local path (`https://...`,
 * `file:///...`): it is not resolved against a folder. `C:\x` has no `//`, so it stays a path.
 */
export function isUrlReference(value: string): boolean {
  return SCHEME_AND_AUTHORITY.test(value);
}

/**
 * A document keyway reads over the network: http and https only (every other reference is
 * read from disk).
 */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/**
 * A server URL the client can call as it stands (OpenAPI 3.1 §4.8.5: a server URL may be
 * relative to where the document was served from, which a generated client does not know).
 */
export function isAbsoluteServerUrl(url: string): boolean {
  return SCHEME_AND_AUTHORITY.test(url);
}
