// openapi-typescript names every schema it transforms by its JSON pointer, built from its
// parent's pointer by parsing that whole pointer again with Redocly's parseRef (createRef in
// its lib/utils): each level of nesting re-parses every level above it. On GitHub's document
// that is about 0.15 s of CPU, the same few thousand strings parsed over and over. parseRef is a
// pure function of its string, so while schema.ts is printed its results are remembered.
import { createRequire } from "node:module";

interface ParsedRef {
  uri: string | null;
  pointer: string[];
}

interface RefUtils {
  parseRef(ref: string): ParsedRef;
}

/** Redocly's ref-utils module as openapi-typescript requires it, or undefined in another layout. */
export function openapiTypescriptRefUtils(): RefUtils | undefined {
  try {
    const utilsFile = createRequire(import.meta.url).resolve("openapi-typescript/dist/lib/utils.cjs");
    const refUtils = createRequire(utilsFile)("@redocly/openapi-core/lib/ref-utils.js") as Partial<RefUtils>;
    return typeof refUtils.parseRef === "function" ? (refUtils as RefUtils) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `print` with parseRef's results remembered; Redocly's own function is back after. */
export function withRememberedRefs<T>(print: () => T): T {
  const refUtils = openapiTypescriptRefUtils();
  if (refUtils === undefined) return print();
  const parseRef = refUtils.parseRef;
  const parsed = new Map<string, ParsedRef>();
  refUtils.parseRef = (ref) => {
    let found = parsed.get(ref);
    if (found === undefined) {
      found = parseRef(ref);
      parsed.set(ref, found);
    }
    // A copy each time: the caller owns what it is given, as with Redocly's own.
    return { uri: found.uri, pointer: [...found.pointer] };
  };
  try {
    return print();
  } finally {
    refUtils.parseRef = parseRef;
  }
}
