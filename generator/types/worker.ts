// Worker entry: openapi-typescript (and the TypeScript compiler it prints with) load and run
// on the second core while the main thread loads, models and renders. See ./parallel.ts.
import { parentPort } from "node:worker_threads";
import { renderSchemaTypes } from "./index.js";

parentPort?.on("message", (documentJson: string) => {
  try {
    parentPort?.postMessage({ ok: true, text: renderSchemaTypes(JSON.parse(documentJson)) });
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({ ok: false, message, stack });
  }
});
