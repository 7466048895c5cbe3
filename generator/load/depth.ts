// A document nested thousands of levels deep (hostile, or generated wrong) would overflow
// the recursion of every later walk, ours and openapi-typescript's, with a message that says
// nothing of where. Real documents stay far below the limit (the deepest in the corpus test,
// Azure's included, is 30 levels); past it we refuse, at the place.
import type { Finding } from "./finding.js";
import { joinPointer } from "./pointer.js";

export const MAX_DEPTH = 128;

interface Place {
  up?: Place;
  key: string;
}

/** The first value nested deeper than MAX_DEPTH, found without recursion; undefined if none. */
export function checkDepth(root: unknown): Finding | undefined {
  // Pointers are spelled out only for the one reported: building one per value costs more than the walk.
  const stack: { value: unknown; place: Place; depth: number }[] = [{ value: root, place: { key: "" }, depth: 0 }];
  while (stack.length > 0) {
    const { value, place, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_DEPTH) {
      const keys: string[] = [];
      for (let at: Place | undefined = place; at?.up !== undefined; at = at.up) keys.push(at.key);
      return { code: "structure", message: `nested more than ${MAX_DEPTH} levels deep: keyway reads no deeper`, pointer: joinPointer(keys.reverse()) };
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const child = (value as Record<string, unknown>)[keys[i]];
      if (typeof child === "object" && child !== null) stack.push({ value: child, place: { up: place, key: keys[i] }, depth: depth + 1 });
    }
  }
  return undefined;
}
