// `npm run build` precompiles every template (scripts/precompile-templates.mjs), so a run
// loads Handlebars' runtime only. A template the build missed, or one edited since, is
// compiled at run time instead (generator/render/templates.ts): correct, but slower.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../support/generate.js";

const require = createRequire(import.meta.url);

describe("precompiled templates", () => {
  it("the build has every template, made from its current source", () => {
    const built = require(join(repoRoot, "dist/generator/render/precompiled.cjs")) as Record<string, { sha256: string; spec: object }>;
    const expected: Record<string, string> = {};
    for (const dir of ["", "partials/"]) {
      for (const file of readdirSync(join(repoRoot, "templates", dir)).filter((f) => f.endsWith(".hbs"))) {
        expected[`${dir}${file.slice(0, -4)}`] = createHash("sha256").update(readFileSync(join(repoRoot, "templates", dir, file))).digest("hex");
      }
    }
    expect(Object.keys(expected)).toContain("partials/operation");
    expect(Object.fromEntries(Object.entries(built).map(([name, entry]) => [name, entry.sha256]))).toEqual(expected);
    expect(Object.values(built).every((entry) => typeof entry.spec === "object" && "main" in entry.spec)).toBe(true);
  });
});
