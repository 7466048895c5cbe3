// The whole new output is written to a temporary folder beside the target, then swapped in
// with two renames. Node has no atomic directory exchange (renameat2 RENAME_EXCHANGE), so
// the previous output is parked under a fixed name for the instant between the renames;
// a run killed right there leaves it parked, and the next run puts it back before anything
// else. Ctrl-C and SIGTERM during the swap are held until it is done.
import { randomBytes } from "node:crypto";
import { linkSync, lstatSync, mkdirSync } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { GeneratedFile } from "../render/types.js";
import { isCode } from "./marker.js";
import { writeText } from "./text.js";

const TEMP = /^\.keyway-tmp-(\d+)-[0-9a-f]{8}-(.*)$/;

function siblings(target: string): { parent: string; base: string; parked: string } {
  const parent = dirname(target);
  const base = basename(target);
  return { parent, base, parked: join(parent, `.keyway-old-${base}`) };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isCode(error, "ENOENT") || isCode(error, "ENOTDIR")) return false;
    throw error;
  }
}

/** Undo what a killed run left: restore a parked output, delete temporary folders of dead runs. */
export async function recoverInterruptedSwap(target: string): Promise<void> {
  const { parent, base, parked } = siblings(target);
  if (await exists(parked)) {
    if (await exists(target)) await rm(parked, { recursive: true, force: true });
    else await rename(parked, target);
  }
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP.exec(name);
    if (match && match[2] === base && !isAlive(Number(match[1]))) {
      await rm(join(parent, name), { recursive: true, force: true });
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isCode(error, "EPERM");
  }
}

export interface SwapPlan {
  target: string;
  files: GeneratedFile[];
  /** Paths (relative) of files in the current target that are not keyway's: kept as they are. */
  keep: string[];
  /** Paths of `files` whose bytes the current target holds already: linked, not written again. */
  unchanged?: ReadonlySet<string>;
}

export async function writeAndSwap(plan: SwapPlan): Promise<void> {
  const { parent, base, parked } = siblings(plan.target);
  await mkdir(parent, { recursive: true });
  const temp = join(parent, `.keyway-tmp-${process.pid}-${randomBytes(4).toString("hex")}-${base}`);
  await mkdir(temp);
  try {
    for (const path of plan.keep) {
      await mkdir(dirname(join(temp, path)), { recursive: true });
      await copyFile(join(plan.target, path), join(temp, path));
    }
    await writeFiles(temp, plan.files, (path) => (plan.unchanged?.has(path) ? join(plan.target, path) : undefined));
    await testPause("before-swap");
    await swap(temp, plan.target, parked);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Written synchronously: a client is some 70 small files, and each awaited write is a round
 * trip through libuv's thread pool that a busy machine can leave waiting for a time slice
 * (--watch on 100 operations: 20-50 ms of wall time at load 5 for a few ms of work). A file
 * whose bytes are already in the current output (`current` names it) is hard-linked from
 * there: creating and filling a file costs the kernel 0.1-0.5 ms, a link a hundredth of that,
 * and an edit in --watch changes a few files of 70. The parked folder's removal then only
 * drops a link. Where links are refused (another device, a file system without them), written.
 */
async function writeFiles(folder: string, files: GeneratedFile[], current: (path: string) => string | undefined): Promise<void> {
  const dirs = new Set(files.map((file) => dirname(join(folder, file.path))));
  for (const dir of [...dirs].sort()) mkdirSync(dir, { recursive: true });
  for (const [index, file] of files.entries()) {
    if (index === Math.floor(files.length / 2)) await testPause("mid-write");
    const to = join(folder, file.path);
    if (!linked(current(file.path), to)) writeText(to, file);
  }
}

/**
 * Only a plain file that is ours alone: a symbolic link would be linked as the link (not the
 * bytes it names), and a file with another name elsewhere would share its later edits.
 */
function linked(from: string | undefined, to: string): boolean {
  if (from === undefined) return false;
  try {
    const found = lstatSync(from);
    if (!found.isFile() || found.nlink !== 1) return false;
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

async function swap(temp: string, target: string, parked: string): Promise<void> {
  const held = holdSignals();
  try {
    if (!(await exists(target))) return await rename(temp, target);
    await rm(parked, { recursive: true, force: true });
    await rename(target, parked);
    await testPause("mid-swap");
    try {
      await rename(temp, target);
    } catch (error) {
      await rename(parked, target);
      throw error;
    }
    // Still holding signals: a Ctrl-C now should not leave the parked copy behind.
    await rm(parked, { recursive: true, force: true });
  } finally {
    held.release();
  }
}

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** Keeps Ctrl-C from landing between the two renames; re-raises it once they are done. */
function holdSignals(): { release(): void } {
  const received: NodeJS.Signals[] = [];
  const onSignal = (signal: NodeJS.Signals): void => void received.push(signal);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return {
    release() {
      for (const signal of SIGNALS) process.off(signal, onSignal);
      if (received[0]) process.kill(process.pid, received[0]);
    },
  };
}

/**
 * Test-only: KEYWAY_TEST_PAUSE=<point>:<file> makes the run write its pid to <file> and
 * wait at <point> (before-record, mid-write, before-swap, mid-swap), so a test can act exactly there.
 * Bounded (KEYWAY_TEST_PAUSE_MS, default 30 s), so a stray variable delays a run but never hangs it.
 */
export async function testPause(point: string): Promise<void> {
  const hook = process.env.KEYWAY_TEST_PAUSE;
  if (!hook || !hook.startsWith(`${point}:`)) return;
  await writeFile(hook.slice(point.length + 1), String(process.pid));
  const ms = Number(process.env.KEYWAY_TEST_PAUSE_MS ?? 30_000);
  await new Promise((resolve) => setTimeout(resolve, ms));
}
