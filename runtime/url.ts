// The one owner of "is this URL absolute?" and "which origin is this?" in the runtime. Two
// questions with two answers, named apart: a URL with a scheme (what a baseURL must be to
// need no page to resolve against), and a URL axios treats as absolute (a scheme, or
// protocol-relative `//host`, which axios's isAbsoluteURL also accepts).

/** RFC 3986 §3.1: `scheme "://"`. */
export function hasScheme(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(url);
}

/** Absolute for axios: a scheme, or protocol-relative (allowAbsoluteUrls aside). */
export function isAbsoluteForAxios(url: string): boolean {
  return /^([a-z][a-z\d+\-.]*:)?\/\//i.test(url);
}

/** http(s) only: where a discovery document may point a token request. */
export function isHttpURL(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The page's URL in a browser; undefined in Node, where there is nothing to resolve against. */
export function pageURL(): string | undefined {
  const location = (globalThis as { location?: { href?: unknown } }).location;
  return typeof location?.href === "string" ? location.href : undefined;
}

/** `url` resolved against `base` ("" for none); `url` itself when it can not be. */
export function resolveURL(url: string, base: string): string {
  try {
    return new URL(url, base === "" ? undefined : base).href;
  } catch {
    return url;
  }
}

/** RFC 6454 origin serialization; undefined for opaque origins and unparsable input. */
export function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url, pageURL()).origin;
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}
