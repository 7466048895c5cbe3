// runtime/ is copied into clients compiled under settings we do not choose: Node-only
// (lib es2022, types node, no DOM), browser-only (DOM, no @types/node), and both module
// resolutions (nodenext needs the `.js` relative imports; bundler), and the strictest
// flags a consumer may set (exactOptionalPropertyTypes, noUncheckedIndexedAccess).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const tsc = fileURLToPath(new URL("../../../node_modules/typescript/bin/tsc", import.meta.url));

function typecheck(project: string): Promise<string[]> {
  return new Promise((resolve) => {
    execFile(process.execPath, [tsc, "-p", project, "--pretty", "false"], { cwd: root }, (_err, stdout) => {
      resolve(stdout.split("\n").filter((line) => /error TS\d+/.test(line)));
    });
  });
}

describe("the runtime type-checks for every kind of consumer", () => {
  it.each(["node-only", "dom-only", "dom-node", "bundler-node", "strictest"])("%s", { timeout: 60_000 }, async (name) => {
    const errors = await typecheck(`test/runtime/request/tsconfig.runtime-${name}.json`);
    // runtime/auth/** is built in parallel by its owner and checked by its own tests;
    // this test holds the request path (everything else in runtime/) to the bar.
    expect(errors.filter((line) => !line.startsWith("runtime/auth/"))).toEqual([]);
  });
});
