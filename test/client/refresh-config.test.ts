// DESIGN §4 "Refresh from the document" and "Cookie sessions", at the type level: a generated
// client's `refresh` names only its own operations, with `args` and `select` typed from the
// operation; `withCredentials` and browser-managed cookies type-check. tsc --strict over a
// usage file whose marked lines must fail and whose other lines must not.
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generate, repoRoot } from "../support/generate.js";
import { typecheck } from "../support/typecheck.js";

let output: string;

beforeAll(async () => {
  ({ output } = await generate("refresh-config", "fixtures/security/browser-session.yaml"));
  copyFileSync(join(repoRoot, "test/client/refresh-usage.ts.txt"), join(output, "usage.ts"));
}, 120_000);

describe("refresh naming an operation (tsc --strict)", () => {
  it("exactly the marked lines fail, with their codes", async () => {
    const diagnostics = await typecheck(output, { moduleResolution: "bundler", dom: true });
    const lines = readFileSync(join(output, "usage.ts"), "utf8").split("\n");
    const expected = lines.flatMap((line, i) => {
      const code = /\/\/ expected error (TS\d+)/.exec(line)?.[1];
      return code === undefined ? [] : [`usage.ts:${i + 1} ${code}`];
    });
    const actual = diagnostics.map((d) => {
      const match = /([^/\\]+\.ts)\((\d+),\d+\): error (TS\d+)/.exec(d);
      return match === null ? d : `${match[1]}:${match[2]} ${match[3]}`;
    });
    expect(expected).toHaveLength(4);
    expect([...new Set(actual)].sort()).toEqual(expected.sort());
  }, 120_000);
});
