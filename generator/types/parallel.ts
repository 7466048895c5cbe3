// schema.ts is the costliest part of generation (openapi-typescript's transform and print,
// plus importing the TypeScript compiler). Started before load/, it overlaps all the rest.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LoadedDocument } from "../load/types.js";
import { PassMemory } from "./pass-memory.js";
import type { SchemaTypesReply, SchemaTypesRequest } from "./worker.js";

export interface SchemaTypesJob {
  /** The entry as soon as it is parsed: the worker takes its copy while load/ checks it. */
  preview(entry: unknown): void;
  render(loaded: LoadedDocument): Promise<string>;
  /** Ends the worker when the run fails before render() is called. */
  cancel(): void;
  /**
   * True when render() prints on the calling thread: then nothing overlaps it, and the caller
   * waits for it before rendering the rest, so the document is let go before that is built.
   */
  readonly sameThread: boolean;
}

/** Runs in this thread: a small or a large document, or no compiled worker (tests running the sources directly). */
function inProcess(): SchemaTypesJob {
  return {
    preview: () => {},
    render: async (loaded) => (await import("./index.js")).renderSchemaTypes(loaded.document, undefined, undefined, memory),
    cancel: () => {},
    sameThread: true,
  };
}

/**
 * `--watch` keeps one worker for all its runs: a new one would import and compile the
 * TypeScript compiler again (0.2–0.4 s of CPU) on every save. Unset, each run has its own.
 */
let warm: { worker: Worker } | undefined;
let keepWarm = false;
let nextId = 0;
/** What this thread printed last run, for --watch (a worker keeps its own). */
let memory: PassMemory | undefined;

/**
 * From now on, runs share one worker, kept between them until stopSchemaTypes(), and each
 * run prints again only the parts of schema.ts whose inputs changed (see ./pass-memory.ts).
 */
export function keepSchemaTypesWarm(): void {
  keepWarm = true;
  memory ??= new PassMemory();
}

export function stopSchemaTypes(): void {
  keepWarm = false;
  memory = undefined;
  void warm?.worker.terminate();
  warm = undefined;
}

function workerFor(entry: URL): { worker: Worker; shared: boolean } {
  if (!keepWarm) return { worker: new Worker(entry), shared: false };
  if (warm === undefined) {
    const worker = new Worker(entry);
    // A dead worker is replaced by the next run, never reused.
    worker.once("error", () => warm?.worker === worker && (warm = undefined));
    worker.once("exit", () => warm?.worker === worker && (warm = undefined));
    warm = { worker };
  }
  return { worker: warm.worker, shared: true };
}

/**
 * A document this small has its types printed in the calling thread. A worker overlaps them
 * with the rest of the run, but costs a second isolate's start-up and its own copy of the
 * modules both threads load (js-yaml, parts of Redocly): 0.03-0.12 s of CPU on 1-100
 * operations, about what the overlap saves there, and small CI runners are busy with other jobs.
 */
const INLINE_UP_TO_BYTES = 256 * 1024;

/**
 * From this size on, too: a worker holds a second copy of the document and the calling thread
 * a JSON text of it to send (GitHub's 13 MB: about 70 MB more peak and 0.3 s more CPU than one
 * thread).
 */
const INLINE_FROM_BYTES = 8 * 2 ** 20;

/** Whether an entry of this size has its types printed in the calling thread; a URL or stdin (size unknown) gets the worker. */
export function typesRunInline(entryBytes: number | undefined): boolean {
  return entryBytes !== undefined && (entryBytes <= INLINE_UP_TO_BYTES || entryBytes >= INLINE_FROM_BYTES);
}

/** `inline`: run in this thread (typesRunInline says when). */
export function startSchemaTypes(options: { inline?: boolean } = {}): SchemaTypesJob {
  const entry = new URL("./worker.js", import.meta.url);
  if (options.inline || !existsSync(fileURLToPath(entry))) return inProcess();
  const { worker, shared } = workerFor(entry);
  // Between runs a kept worker must not hold the process open; during one it must.
  worker.ref();
  const send = (request: SchemaTypesRequest) => worker.postMessage(request);
  const release = (): void => {
    if (shared) worker.unref();
    else void worker.terminate();
  };
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
      const id = ++nextId;
      return new Promise<string>((resolve, reject) => {
        // A kept worker may still answer a cancelled run: only this run's id is ours.
        const onMessage = (reply: SchemaTypesReply): void => {
          if (reply.id !== id) return;
          worker.off("message", onMessage);
          worker.off("error", onError);
          release();
          if (reply.ok) return resolve(reply.text);
          const error = new Error(reply.message);
          error.stack = reply.stack;
          reject(error);
        };
        const onError = (error: Error): void => {
          worker.off("message", onMessage);
          reject(error);
        };
        worker.on("message", onMessage);
        worker.once("error", onError);
        const unchanged = previewed && loaded.entryAsParsed;
        send({ kind: "render", id, documentJson: unchanged ? undefined : JSON.stringify(loaded.document), remember: shared });
      });
    },
    cancel: release,
    sameThread: false,
  };
}
