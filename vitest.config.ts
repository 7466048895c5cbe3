import { defineConfig } from "vitest/config";

// Two projects, so a contributor can run the quick part alone (`npm run test:fast`): "fast"
// is the generator's pure stages (load, model, types) and in-process unit tests; "e2e" spawns
// the CLI, starts HTTP servers and Prism, runs tsc over generated clients and packs the
// tarball. `npm test` runs both; `npm run test:node` is the CLI and runtime part of e2e
// that .ci/run repeats on the other Node versions.
const FAST = ["generator/**/*.test.ts", "test/generator/{load,model,types}/**/*.test.ts", "test/**/{report,suggest}.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "fast", include: FAST } },
      { extends: true, test: { name: "e2e", include: ["test/**/*.test.ts"], exclude: ["**/node_modules/**", ...FAST] } },
    ],
  },
});
