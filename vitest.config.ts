import { defineConfig } from "vitest/config";

// Two projects, so a contributor can run the quick part alone (`npm run test:fast`, about a
// minute): "fast" is pure functions of the generator and in-process unit tests; "e2e" spawns
// the CLI, starts HTTP servers and Prism, runs tsc over generated clients and packs the
// tarball. `npm test` runs both. Globs name folders and files as they are before and after
// the test tree's move to test/generator/<stage>/ and test/client/.
const FAST = [
  "generator/**/*.test.ts",
  "test/{load,model,types}/**/*.test.ts",
  "test/generator/{load,model,types}/**/*.test.ts",
  "test/**/{report,suggest}.test.ts",
];

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
