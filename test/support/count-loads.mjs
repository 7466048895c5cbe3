// Preloaded (`node --import`) into a keyway process by tests that prove a warm run loads
// nothing: every module compiled (CommonJS, or a vm.Script such as the TypeScript compiler
// from its code cache, in any thread), every ES module loaded by the main thread, and every
// worker thread started is appended as one line to KEYWAY_LOAD_LOG.
import { appendFileSync } from "node:fs";
import Module, { register, syncBuiltinESMExports } from "node:module";
import vm from "node:vm";
import { isMainThread, threadId } from "node:worker_threads";

const log = process.env.KEYWAY_LOAD_LOG;
if (!log) throw new Error("count-loads.mjs needs KEYWAY_LOAD_LOG");
const write = (line) => appendFileSync(log, `${line}\n`);

if (isMainThread) {
  register("./count-loads-hooks.mjs", import.meta.url);
  process.on("worker", () => write("worker started"));
}
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  write(`cjs thread ${threadId} ${filename}`);
  return compile.call(this, content, filename);
};
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    write(`script thread ${threadId} ${typeof options === "string" ? options : options?.filename}`);
  }
};
// `import { Script } from "node:vm"` in ES modules sees the replacement too.
syncBuiltinESMExports();
