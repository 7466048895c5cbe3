// schema.ts is the costliest part of generation (openapi-typescript's transform and print,
// plus importing the TypeScript compiler). Started before load/, it overlaps all the rest.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LoadedDocument } from "../load/types.js";
import type { SchemaTypesReply, SchemaTypesRequest } from "./worker.js";

export interface SchemaTypesJob {
  /** The entry as soon as it is parsed: the worker takes its copy while load/ checks it. */
  preview(entry: unknown): void;
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
  const send = (request: SchemaTypesRequest) => worker.postMessage(request);
  let previewed = false;
  return {
    preview(entry) {
      // JSON text, not the object graph: it copies to the worker in one piece and parses
      // faster there than a structured clone rebuilds (and is smaller than the entry's own
      // text when that was indented). A value JSON can not hold is simply not previewed.
      let documentJson: string;
      try {
        documentJson = JSON.stringify(entry);
      } catch {
        return;
      }
      send({ kind: "preview", documentJson });
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
        const unchanged = previewed && loaded.entryAsParsed;
        send({ kind: "render", documentJson: unchanged ? undefined : JSON.stringify(loaded.document) });
      });
    },
    cancel: () => void worker.terminate(),
  };
}
