// Runs generations in child processes, two at a time (CI has two cores), each job with a
// deadline: a document that makes the generator loop forever is killed and reported as a
// hang instead of stalling the test. The children run a copy of the built generator that
// lacks the schema-types worker entry, so schema.ts renders in-process (generator/types/
// parallel.ts): one worker thread per document would cost more than the documents do.
import { fork, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { GenerationWarning } from "../../../generator/index.js";

export interface Job {
  input: string;
  output: string;
  cwd: string;
}

export type Outcome =
  | { kind: "generated"; operations: number; warnings: GenerationWarning[] }
  | { kind: "rejected"; name: string; errorKind?: string; lines: string[]; warnings: GenerationWarning[] }
  | { kind: "hang" }
  | { kind: "crash"; detail: string };

type Reply =
  | { id: number; ok: true; operations: number; warnings: GenerationWarning[] }
  | { id: number; ok: false; name: string; kind?: string; lines: string[]; warnings: GenerationWarning[] };

const CHILD = join(import.meta.dirname, "generate-child.mjs");

/** A copy of dist/ under `scratch` without the worker entry; dist/ must be built (npm test does). */
export function inProcessBuild(repoRoot: string, scratch: string): string {
  const dist = join(repoRoot, "dist");
  if (!existsSync(join(dist, "generator/index.js"))) throw new Error("dist/ is not built: run `npm run build` first");
  const copy = join(scratch, "dist");
  rmSync(copy, { recursive: true, force: true });
  cpSync(dist, copy, { recursive: true });
  rmSync(join(copy, "generator/types/worker.js"));
  return copy;
}

class Child {
  private process: ChildProcess;
  private readonly ready: Promise<void>;

  constructor(dist: string) {
    this.process = fork(CHILD, [dist], { stdio: ["ignore", "ignore", "pipe", "ipc"] });
    this.ready = new Promise((resolve, reject) => {
      this.process.once("message", () => resolve());
      this.process.once("exit", (code) => reject(new Error(`generation child exited (${code}) before it was ready`)));
    });
  }

  async run(job: Job, id: number, timeoutMs: number): Promise<Outcome> {
    await this.ready;
    const child = this.process;
    let stderr = "";
    let settle: (outcome: Outcome) => void = () => {};
    const done = new Promise<Outcome>((resolve) => (settle = resolve));
    const onData = (chunk: Buffer) => (stderr += chunk.toString());
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      settle(
        reply.ok
          ? { kind: "generated", operations: reply.operations, warnings: reply.warnings }
          : { kind: "rejected", name: reply.name, errorKind: reply.kind, lines: reply.lines, warnings: reply.warnings },
      );
    };
    const onExit = (code: number | null, signal: string | null) =>
      settle({ kind: "crash", detail: `exit ${code ?? signal}: ${stderr.slice(0, 2000)}` });
    const timer = setTimeout(() => settle({ kind: "hang" }), timeoutMs);
    child.stderr?.on("data", onData);
    child.on("message", onMessage);
    child.on("exit", onExit);
    child.send({ ...job, id });
    try {
      return await done;
    } finally {
      clearTimeout(timer);
      child.stderr?.off("data", onData);
      child.off("message", onMessage);
      child.off("exit", onExit);
    }
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  kill(): void {
    this.process.kill("SIGKILL");
  }
}

/** Runs every job, `size` at a time, in order of the list; outcomes in the same order. */
export async function runJobs(
  dist: string,
  jobs: Job[],
  options: { size?: number; timeoutMs: number },
): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    let child = new Child(dist);
    try {
      while (next < jobs.length) {
        const index = next++;
        const outcome = await child.run(jobs[index], index, options.timeoutMs);
        outcomes[index] = outcome;
        // A hung or crashed child is replaced; its document is already reported.
        if (outcome.kind === "hang" || !child.alive) {
          child.kill();
          child = new Child(dist);
        }
      }
    } finally {
      child.kill();
    }
  };
  await Promise.all(Array.from({ length: options.size ?? 2 }, lane));
  return outcomes;
}
