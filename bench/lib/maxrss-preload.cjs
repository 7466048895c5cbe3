// Fallback for machines without GNU time: each node process appends its own peak RSS (KiB)
// and CPU time (user and system seconds), the line GNU time's `%M %U %S` would print.
const { appendFileSync } = require("node:fs");
process.on("exit", () => {
  const usage = process.resourceUsage();
  appendFileSync(process.env.KEYWAY_BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
});
