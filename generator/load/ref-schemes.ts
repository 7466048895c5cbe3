// Which URIs a `$ref` may name: a relative path or an http(s) URL (OpenAPI 3.1 §4.8.23 allows
// any URI; keyway reads only these). A `file:` URL is refused by name rather than reported
// as a file not found: it names a file by absolute path on the reader's machine, which a
// document shared with others can not mean.
import type { Finding } from "./finding.js";
import { joinPointer } from "./pointer.js";
import type { RefSite } from "./refs.js";

/** RFC 3986 §3.1; one letter alone is a Windows drive (`C:\...`), not a scheme. */
const SCHEME = /^([a-z][a-z0-9+.-]+):/i;

export function checkRefSchemes(sites: readonly RefSite[]): Finding[] {
  const findings: Finding[] = [];
  for (const site of sites) {
    const scheme = SCHEME.exec(site.ref)?.[1].toLowerCase();
    if (scheme === undefined || scheme === "http" || scheme === "https") continue;
    const message =
      scheme === "file"
        ? `$ref '${site.ref}': file: URLs are not supported; name the file by a path relative to this document`
        : `$ref '${site.ref}': ${scheme}: URIs are not supported (only relative paths and http(s) URLs)`;
    findings.push({ code: "unresolved-ref", message, pointer: joinPointer(site.path) });
  }
  return findings;
}
