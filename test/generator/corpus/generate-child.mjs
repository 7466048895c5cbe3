// A generation worker for the corpus and fuzz tests (see ./pool.ts): runs keyway's
// programmatic API on each job it is sent and answers with what a CLI user would see.
// Plain JavaScript so node runs it as is; argv[2] is the folder of the built generator.
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const dist = process.argv[2];
const { generateClient } = await import(pathToFileURL(join(dist, "generator/index.js")).href);
const { errorLines } = await import(pathToFileURL(join(dist, "generator/cli/report.js")).href);

process.on("message", async (job) => {
  const warnings = [];
  try {
    const result = await generateClient({
      input: job.input,
      output: job.output,
      cwd: job.cwd,
      format: false,
      onWarning: (w) => warnings.push(w),
    });
    process.send({ id: job.id, ok: true, operations: result.operations, warnings });
  } catch (error) {
    const isError = error instanceof Error;
    process.send({
      id: job.id,
      ok: false,
      name: isError ? error.name : typeof error,
      kind: isError && typeof error.kind === "string" ? error.kind : undefined,
      lines: errorLines(error, false),
      warnings,
    });
  }
});
process.send({ ready: true });
