// orval for the bench: one file of axios functions with their types, its defaults otherwise.
// CommonJS because orval re-bundles ESM configs and then loses process.env.
module.exports = {
  bench: {
    input: { target: process.env.BENCH_INPUT },
    output: {
      target: `${process.env.BENCH_OUTPUT}/api.ts`,
      client: "axios",
      mode: "single",
    },
  },
};
