// DESIGN §4 "Refresh from the document" and "Cookie sessions", at the type level: a generated
// client's `refresh` names only its own operations, with `args` and `select` typed from the
// operation; `withCredentials` and browser-managed cookies type-check. tsc --strict over a
// usage file whose marked lines must fail and whose other lines must not.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generate, repoRoot } from "../support/generate.js";
import { expectOnlyMarkedLinesFail, typecheck } from "../support/typecheck.js";

let output: string;

beforeAll(async () => {
  ({ output } = await generate("refresh-config", "fixtures/security/browser-session.yaml"));
  copyFileSync(join(repoRoot, "test/client/refresh-usage.ts.txt"), join(output, "usage.ts"));
}, 120_000);

describe("refresh naming an operation (tsc --strict)", () => {
  it("exactly the marked lines fail, with their codes", async () => {
    expectOnlyMarkedLinesFail(join(output, "usage.ts"), await typecheck(output, { moduleResolution: "bundler", dom: true }), 4);
  }, 120_000);
});
