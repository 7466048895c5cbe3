// @hey-api/openapi-ts for the bench: types, the sdk and its axios client, its defaults otherwise.
export default {
  input: process.env.BENCH_INPUT,
  output: process.env.BENCH_OUTPUT,
  plugins: ["@hey-api/client-axios", "@hey-api/typescript", "@hey-api/sdk"],
  logs: { file: false, level: "error" },
};
