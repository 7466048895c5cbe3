// Module hooks registered by count-loads.mjs: one line per ES module loaded.
import { appendFileSync } from "node:fs";

export async function load(url, context, nextLoad) {
  appendFileSync(process.env.KEYWAY_LOAD_LOG, `esm ${url}\n`);
  return nextLoad(url, context);
}
