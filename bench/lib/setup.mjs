// Installs the bench's own dependencies on demand and describes the machine.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { BENCH, BENCH_MODULES, ROOT } from "./paths.mjs";

export function ensureInstalled() {
  const lock = join(BENCH, "package-lock.json");
  const marker = join(BENCH_MODULES, ".package-lock.json");
  const fresh = existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs);
  if (fresh) return;
  const args = existsSync(lock) ? ["ci", "--prefix", BENCH] : ["install", "--prefix", BENCH];
  console.error(`bench: npm ${args[0]} in bench/ (peers and esbuild)`);
  const result = spawnSync("npm", [...args, "--no-audit", "--no-fund"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error("bench: installing bench/ dependencies failed");
}

/** `npm run build` at the root; keyway's column says "failed" when this or its run fails. */
export function buildKeyway() {
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
  const output = `${result.stdout}\n${result.stderr}`.trim().split("\n");
  return { ok: result.status === 0, tail: result.status === 0 ? "" : output.slice(-5).join(" | ") };
}

export function machine() {
  const git = (args) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout?.trim() ?? "";
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    topology: topology(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadAtStart: loadavg().map((v) => Math.round(v * 10) / 10),
    platform: `${process.platform} ${process.arch}`,
    keywayCommit: git(["rev-parse", "--short", "HEAD"]),
    keywayDirty: git(["status", "--porcelain", "--", "generator", "runtime", "templates"]) !== "",
  };
}

/** "1 socket × 2 cores × 1 thread per core (KVM)": what two busy threads can get from this machine. */
function topology() {
  const lscpu = spawnSync("lscpu", [], { encoding: "utf8" });
  if (lscpu.status !== 0) return null;
  const field = (name) => lscpu.stdout.match(new RegExp(`^${name}:\\s*(.+)$`, "m"))?.[1]?.trim();
  const [sockets, cores, threads, hypervisor] = [field("Socket\\(s\\)"), field("Core\\(s\\) per socket"), field("Thread\\(s\\) per core"), field("Hypervisor vendor")];
  if (!sockets || !cores || !threads) return null;
  return `${sockets} socket × ${cores} cores × ${threads} thread${threads === "1" ? "" : "s"} per core${hypervisor ? `, ${hypervisor} guest` : ""}`;
}
