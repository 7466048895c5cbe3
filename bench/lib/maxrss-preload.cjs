// Fallback for machines without GNU time: each node process appends its own peak RSS (KiB).
const { appendFileSync } = require("node:fs");
process.on("exit", () => {
  appendFileSync(process.env.KEYWAY_BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
