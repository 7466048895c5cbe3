// The import graph keyway promises (README, Contributing > Layout), checked by
// `npm run lint:imports` inside `npm test`:
// - no cycle anywhere in generator/ or runtime/, type-only imports included;
// - runtime/ is copied verbatim into every client: it imports axios and itself, nothing else;
// - generator/ imports of runtime/ only the two leaf contracts both sides share;
// - generator/ is a one-way pipeline, load -> model -> types | render -> format -> write:
//   a stage never imports a later stage, nor its sibling, nor the drivers (cli/, config/,
//   index.ts, pipeline.ts, cli.ts, bin.ts) that run the stages. Drivers may import any stage.
// Modules at generator/'s root (errors.ts, options.ts, package-root.ts, ...) are shared
// leaves any stage may import.

/** Pipeline stages in order; entries in one inner list are siblings. */
const STAGES = [["load"], ["model"], ["types", "render"], ["format"], ["write"]];
const DRIVERS = "^generator/(cli|config)/|^generator/(index|pipeline|cli|bin)[.]ts$";

const stageRules = STAGES.flatMap((group, rank) =>
  group.map((stage) => {
    const later = STAGES.slice(rank + 1).flat();
    const siblings = group.filter((other) => other !== stage);
    const forbidden = [...later, ...siblings];
    return {
      name: `stage-order-${stage}`,
      comment: `generator/${stage}/ may import only earlier stages (${STAGES.slice(0, rank).flat().join(", ") || "none"}) and generator/'s shared root modules, not ${forbidden.join(", ")}`,
      severity: "error",
      from: { path: `^generator/${stage}/` },
      to: { path: `^generator/(${forbidden.join("|")})/` },
    };
  }),
);

module.exports = {
  forbidden: [
    {
      name: "no-cycle-in-runtime",
      comment: "runtime/ has no import cycle, type-only imports included: contracts are leaf modules that import nothing",
      severity: "error",
      from: { path: "^runtime/" },
      to: { circular: true },
    },
    {
      name: "no-cycle-in-generator",
      comment: "generator/ has no import cycle, type-only imports included",
      severity: "error",
      from: { path: "^generator/" },
      to: { circular: true },
    },
    {
      name: "runtime-imports-only-axios",
      comment: "runtime/ is copied into every client as is: it may import itself and axios, nothing of the generator or any other package",
      severity: "error",
      from: { path: "^runtime/" },
      // (^|/): node_modules may be a symlink that resolves outside the repository.
      to: { pathNot: ["^runtime/", "(^|/)node_modules/axios/"] },
    },
    {
      name: "generator-imports-only-runtime-leaves",
      comment: "generator/ treats runtime/ as files to copy; it may import only the leaf contracts both sides share (descriptors.ts, auth/schemes/handler-key.ts), which the build then compiles into dist/runtime/",
      severity: "error",
      from: { path: "^generator/" },
      to: { path: "^runtime/", pathNot: ["^runtime/descriptors[.]ts$", "^runtime/auth/schemes/handler-key[.]ts$"] },
    },
    ...stageRules,
    {
      name: "stage-not-to-driver",
      comment: "a pipeline stage does not import the drivers that run it (cli/, config/, index.ts, pipeline.ts, cli.ts, bin.ts)",
      severity: "error",
      from: { path: `^generator/(${STAGES.flat().join("|")})/` },
      to: { path: DRIVERS },
    },
    {
      name: "not-to-unresolvable",
      comment: "an import that resolves to no file is a typo or a deleted module",
      severity: "error",
      from: { path: "^(runtime|generator)/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports make cycles too (issue 10): keep them in the graph.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(test|dist|bench|templates)/|[.]d[.]ts$" },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
