// schema.ts is the costliest part of generation (openapi-typescript's transform and print,
// plus importing the TypeScript compiler). Started before load/, it overlaps all the rest.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { OpenAPI3 } from "openapi-typescript";

export interface SchemaTypesJob {
  render(document: OpenAPI3): Promise<string>;
  /** Ends the worker when the run fails before render() is called. */
  cancel(): void;
}

type Reply = { ok: true; text: string } | { ok: false; message: string; stack?: string };

/** Runs in-process when there is no compiled worker (tests running the sources directly). */
function inProcess(): SchemaTypesJob {
  return {
    render: async (document) => (await import("./index.js")).renderSchemaTypes(document),
    cancel: () => {},
  };
}

export function startSchemaTypes(): SchemaTypesJob {
  const entry = new URL("./worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(entry))) return inProcess();
  const worker = new Worker(entry);
  return {
    render(document) {
      return new Promise<string>((resolve, reject) => {
        worker.once("message", (reply: Reply) => {
          void worker.terminate();
          if (reply.ok) return resolve(reply.text);
          const error = new Error(reply.message);
          error.stack = reply.stack;
          reject(error);
        });
        worker.once("error", reject);
        worker.postMessage(JSON.stringify(document));
      });
    },
    cancel: () => void worker.terminate(),
  };
}
