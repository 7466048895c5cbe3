// Whole-process measurement: wall time from spawn to exit; peak RSS and CPU time (user +
// system, every thread) from the kernel's rusage of the child (GNU time's %M %U %S), or, where
// GNU time is missing, from a preload that records process.resourceUsage() of every node
// process the command starts. CPU time is what a loaded machine disturbs least.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const GNU_TIME = "/usr/bin/time";
const PRELOAD = fileURLToPath(new URL("./maxrss-preload.cjs", import.meta.url));

/** Finds a way to read peak RSS; installs GNU time through apt when it is missing and we are root. */
export function rssMethod() {
  if (hasGnuTime()) return "gnu-time";
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.error("bench: /usr/bin/time missing, installing Debian's `time` package");
    spawnSync("apt-get", ["install", "-y", "-q", "time"], { stdio: "ignore" });
    if (hasGnuTime()) return "gnu-time";
  }
  return "node-preload";
}

function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ["-f", "%M", "true"], { encoding: "utf8" });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr);
}

/**
 * Runs one command to completion.
 * @returns {Promise<{ok: boolean, wallMs: number, cpuMs: number|null, rssMiB: number|null, code: number|null, stderrTail: string}>}
 */
export async function measure({ command, args, cwd, method, timeoutMs = 600_000, env = {} }) {
  const scratch = mkdtempSync(join(tmpdir(), "keyway-bench-"));
  const rssFile = join(scratch, "rss");
  let file = command;
  let argv = args;
  const childEnv = { ...process.env, ...env, FORCE_COLOR: "0", NO_COLOR: "1" };
  if (method === "gnu-time") {
    file = GNU_TIME;
    argv = ["-f", "%M %U %S", "-o", rssFile, command, ...args];
  } else {
    childEnv.NODE_OPTIONS = `${childEnv.NODE_OPTIONS ?? ""} --require ${PRELOAD}`.trim();
    childEnv.KEYWAY_BENCH_RSS_FILE = rssFile;
  }
  const started = process.hrtime.bigint();
  // Its own process group, so a timeout or an interrupted bench ends the whole tool
  // (GNU time, node, any worker process) and nothing else.
  const child = spawn(file, argv, { cwd, env: childEnv, stdio: ["ignore", "ignore", "pipe"], detached: true });
  running.add(child.pid);
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const timer = setTimeout(() => killGroup(child.pid), timeoutMs);
  const code = await new Promise((resolve) => child.on("close", (c) => resolve(c)));
  running.delete(child.pid);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  clearTimeout(timer);
  const { rssMiB, cpuMs } = readUsage(rssFile);
  rmSync(scratch, { recursive: true, force: true });
  const timedOut = wallMs >= timeoutMs;
  return {
    ok: code === 0 && !timedOut,
    wallMs,
    cpuMs,
    rssMiB,
    code,
    stderrTail: timedOut ? `timed out after ${timeoutMs / 1000} s` : lastLines(stderr, 3),
  };
}

const running = new Set();

function killGroup(pid) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const pid of running) killGroup(pid);
    process.exit(130);
  });
}

/** Lines of `maxrss-KiB user-s system-s`: the peak of the largest, the CPU of all. */
function readUsage(file) {
  if (!existsSync(file)) return { rssMiB: null, cpuMs: null };
  // GNU time may prefix "Command exited with non-zero status N"; the numbers are the last line.
  const rows = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => /^\d+ [\d.]+ [\d.]+$/.test(line.trim()))
    .map((line) => line.trim().split(" ").map(Number));
  if (!rows.length) return { rssMiB: null, cpuMs: null };
  return {
    rssMiB: Math.max(...rows.map(([kib]) => kib)) / 1024,
    cpuMs: rows.reduce((sum, [, user, system]) => sum + (user + system) * 1000, 0),
  };
}

function lastLines(text, n) {
  return text.replace(/\x1b\[[0-9;]*m/g, "").trim().split("\n").slice(-n).join(" | ");
}

export function median(values) {
  const sorted = values.filter((v) => typeof v === "number").sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
