// A document nested thousands of levels deep (hostile, or generated wrong) would overflow
// the recursion of every later walk, ours and openapi-typescript's, with a message that says
// nothing of where. Real documents stay far below the limit (the deepest in the corpus test,
// Azure's included, is 30 levels); past it we refuse, at the place.
import type { Finding } from "./finding.js";
import { appendPointer } from "./pointer.js";

export const MAX_DEPTH = 128;

/** The first value nested deeper than MAX_DEPTH, found without recursion; undefined if none. */
export function checkDepth(root: unknown): Finding | undefined {
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value: root, pointer: "#", depth: 0 }];
  while (stack.length > 0) {
    const { value, pointer, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_DEPTH) {
      return { code: "structure", message: `nested more than ${MAX_DEPTH} levels deep: keyway reads no deeper`, pointer };
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], pointer: appendPointer(pointer, entries[i][0]), depth: depth + 1 });
  }
  return undefined;
}
