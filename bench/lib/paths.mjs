// Every path the bench uses, relative to the repository so nothing here names a machine.
import { fileURLToPath } from "node:url";
import { join, relative } from "node:path";

export const BENCH = fileURLToPath(new URL("..", import.meta.url));
export const ROOT = join(BENCH, "..");
/** The real documents: ../shared/specs beside the repository, or BENCH_SPECS. */
export const SPECS = process.env.BENCH_SPECS ?? join(ROOT, "..", "shared", "specs");
export const TMP = join(BENCH, ".tmp");
export const RESULTS = join(BENCH, "results");
export const BENCH_MODULES = join(BENCH, "node_modules");

/** For display and for commands run from the repository root. */
export const rel = (path) => relative(ROOT, path) || ".";
