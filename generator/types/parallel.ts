// schema.ts is the costliest part of generation (openapi-typescript's transform and print,
// plus importing the TypeScript compiler). Started before load/, it overlaps all the rest.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LoadedDocument } from "../load/types.js";
import type { SchemaTypesReply, SchemaTypesRequest } from "./worker.js";

export interface SchemaTypesJob {
  /** The entry's raw bytes, as soon as they are read: a JSON document is parsed ahead. */
  preview(bytes: Uint8Array): void;
  render(loaded: LoadedDocument): Promise<string>;
  /** Ends the worker when the run fails before render() is called. */
  cancel(): void;
}

/** Runs in-process when there is no compiled worker (tests running the sources directly). */
function inProcess(): SchemaTypesJob {
  return {
    preview: () => {},
    render: async (loaded) => (await import("./index.js")).renderSchemaTypes(loaded.document),
    cancel: () => {},
  };
}

export function startSchemaTypes(): SchemaTypesJob {
  const entry = new URL("./worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(entry))) return inProcess();
  const worker = new Worker(entry);
  const send = (request: SchemaTypesRequest, transfer: ArrayBuffer[] = []) => worker.postMessage(request, transfer);
  let previewed = false;
  return {
    preview(bytes) {
      // A copy the worker owns: load/ goes on reading these bytes.
      const copy = new Uint8Array(bytes);
      send({ kind: "preview", bytes: copy }, [copy.buffer]);
      previewed = true;
    },
    render(loaded) {
      return new Promise<string>((resolve, reject) => {
        worker.once("message", (reply: SchemaTypesReply) => {
          void worker.terminate();
          if (reply.ok) return resolve(reply.text);
          const error = new Error(reply.message);
          error.stack = reply.stack;
          reject(error);
        });
        worker.once("error", reject);
        const verbatim = previewed && loaded.verbatimJson;
        send({ kind: "render", documentJson: verbatim ? undefined : JSON.stringify(loaded.document) });
      });
    },
    cancel: () => void worker.terminate(),
  };
}
