// Bundling turns `$ref: ./hostname` into `$ref: '#/components/schemas/hostname'` and puts the
// file's content there. A problem with that content is the user's `$ref`, as they wrote it,
// at the place they wrote it: not a pointer into components their document does not have.
import type { Finding } from "./finding.js";
import { isObject, type JsonObject } from "./json-value.js";
import { joinPointer } from "./pointer.js";
import { isInternal, type RefSite } from "./refs.js";

export interface WrittenRefs {
  /** External refs as written, by the pointer of their Reference Object. */
  refs: Map<string, string>;
  /** Pointers of the components the entry had before bundling. */
  components: Set<string>;
}

/** Taken before bundling. */
export function writtenRefs(root: JsonObject, sites: readonly RefSite[]): WrittenRefs {
  const refs = new Map(sites.filter((site) => !isInternal(site.ref)).map((site) => [joinPointer(site.path), site.ref]));
  const components = new Set<string>();
  if (isObject(root.components)) {
    for (const [group, entries] of Object.entries(root.components)) {
      if (isObject(entries)) for (const name of Object.keys(entries)) components.add(joinPointer(["components", group, name]));
    }
  }
  return { refs, components };
}

/**
 * A finding at an external ref names the ref as written; one at a component bundling added
 * whose whole content is not an object is dropped, as the ref that brought it is reported.
 */
export function asWritten<T extends Finding>(findings: T[], written: WrittenRefs, root: JsonObject): T[] {
  if (written.refs.size === 0) return findings;
  return findings.flatMap((finding) => {
    const segments = finding.pointer.split("/");
    if (segments.length === 4 && segments[1] === "components" && !written.components.has(finding.pointer)) {
      const groups = root.components as Record<string, Record<string, unknown>> | undefined;
      if (!isObject(groups?.[segments[2]]?.[segments[3]])) return [];
    }
    const ref = written.refs.get(finding.pointer);
    if (ref === undefined || !finding.message.startsWith("$ref '")) return [finding];
    return [{ ...finding, message: `$ref '${ref}'${finding.message.slice(finding.message.indexOf("'", 6) + 1)}` }];
  });
}
