// heap.ts: one full collection, and only when the run made enough garbage to be worth it;
// observed through Node's own GC performance entries, never through a `gc` global.
import { constants, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { afterEach, describe, expect, it } from "vitest";
import { heapSince } from "../../generator/heap.js";

interface GcDetail {
  kind: number;
  flags: number;
}

const forcedMajor = (entry: PerformanceEntry): boolean => {
  const detail = (entry as PerformanceEntry & { detail: GcDetail }).detail;
  return detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR && (detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0;
};

let observer: PerformanceObserver | undefined;
afterEach(() => observer?.disconnect());

/** Resolves with every forced full collection seen up to and including the first one. */
function nextForcedCollections(): Promise<PerformanceEntry[]> {
  const seen: PerformanceEntry[] = [];
  return new Promise((resolve) => {
    observer = new PerformanceObserver((list) => {
      seen.push(...list.getEntries().filter(forcedMajor));
      if (seen.length > 0) resolve(seen);
    });
    observer.observe({ entryTypes: ["gc"] });
  });
}

describe("heapSince().collect()", () => {
  it("collects once the heap grew by 64 MiB or more, and not for less; no `gc` global is left behind", async () => {
    const hadGlobal = "gc" in globalThis;
    const forced = nextForcedCollections();
    // Little growth: no collection. (Its entry would be delivered before the one below.)
    heapSince().collect();
    const heap = heapSince();
    // About 100 MB that stays alive until collect() is called.
    let held: string[] | undefined = Array.from({ length: 1_000_000 }, (_, i) => `${"garbage ".repeat(8)}${i}`);
    expect(held.length).toBe(1_000_000);
    const grown = performance.now();
    heap.collect();
    held = undefined;
    const entries = await forced;
    expect(entries).toHaveLength(1);
    expect(entries[0]?.startTime).toBeGreaterThanOrEqual(grown);
    expect("gc" in globalThis).toBe(hadGlobal);
  });
});
