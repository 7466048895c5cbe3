// --watch: rerun when the input or any file it $refs changes. Folders are watched rather
// than files because editors save by writing a new file and renaming it over the old one,
// which ends a watch on the file itself. Runs never overlap; changes during a run queue
// exactly one more. Each run writes through the atomic swap, so output is never half done.
import { watch, type FSWatcher } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Long enough for one save to end (an editor's write-and-rename, or truncate-and-write, fires
 * its events within a few milliseconds), short enough to leave most of issue 14's 150 ms
 * from save to output for the run itself.
 */
export const DEBOUNCE_MS = 40;

export interface Watcher {
  close(): void;
}

/** `run` regenerates and returns the files to watch from then on. */
export function watchInputs(initial: string[], run: () => Promise<string[]>, debounceMs = DEBOUNCE_MS): Watcher {
  let files = new Set(initial.map((file) => resolve(file)));
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending = false;
  let closed = false;

  const trigger = async (): Promise<void> => {
    if (running) return void (pending = true);
    running = true;
    const next = await run();
    running = false;
    if (closed) return;
    if (next.length > 0) files = new Set(next.map((file) => resolve(file)));
    refresh();
    if (pending) {
      pending = false;
      void trigger();
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void trigger(), debounceMs);
  };
  const refresh = (): void => {
    const dirs = new Set([...files].map((file) => dirname(file)));
    for (const [dir, watcher] of watchers) if (!dirs.has(dir)) (watcher.close(), watchers.delete(dir));
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, (_event, name) => {
          if (name !== null && files.has(join(dir, name.toString()))) schedule();
        });
        watcher.on("error", () => watchers.delete(dir));
        watchers.set(dir, watcher);
      } catch {
        // the folder is gone (moved, deleted); a later run that lists it again retries
      }
    }
  };
  refresh();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
