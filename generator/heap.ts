// One full garbage collection between the stages of a large document's run, when V8 would not
// run one. V8 lets old space grow to about four times what the last full collection left
// alive before it collects again, and a run this short seldom reaches that: the syntax trees
// of the types and the parsed document, dead once the types are printed, were still in the
// heap when the operations were rendered and the files written (Microsoft Graph: about 300 MB
// of heap at that point, 100 MB of it alive). A collection costs time in proportion to what is
// alive, not to what is dead: about 0.1 s there.
//
// Node has no API for it without `--expose-gc`. V8 installs `gc` in every context created while
// that flag is set, and Node lets a process set V8 flags at run time (v8.setFlagsFromString):
// the flag is set for the instant one context is created, so the process's own global object
// never gets a `gc` and other code sees no change.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Below this much growth, a collection would cost more than the memory it gives back. */
const WORTH_COLLECTING_BYTES = 64 * 2 ** 20;

let collect: (() => void) | undefined;

function fullCollection(): () => void {
  const own = (globalThis as { gc?: () => void }).gc;
  if (typeof own === "function") return own;
  setFlagsFromString("--expose-gc");
  try {
    return runInNewContext("gc") as () => void;
  } finally {
    setFlagsFromString("--no-expose-gc");
  }
}

const heapUsed = (): number => getHeapStatistics().used_heap_size;

/** Measures the heap now; `collect()` then runs a full collection if it grew by enough since. */
export function heapSince(): { collect(): void } {
  const start = heapUsed();
  return {
    collect() {
      if (heapUsed() - start < WORTH_COLLECTING_BYTES) return;
      collect ??= fullCollection();
      collect();
    },
  };
}
