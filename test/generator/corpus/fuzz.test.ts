// Seeded mutations of the repository's own valid fixtures (see ./mutate.ts). Whatever a
// mutant holds, keyway either rejects it with lines a user can act on, leaving the previous
// output byte-identical, or generates a client tsc --strict accepts. Never a stack trace,
// a hang, a crash, or a JavaScript error's own words in place of a message.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, test } from "vitest";
import { typecheckClients } from "../../support/batch-typecheck.js";
import { mutate, prng, type Mutant } from "./mutate.js";
import { inProcessBuild, runJobs, type Outcome } from "./pool.js";

const repoRoot = join(import.meta.dirname, "../../..");
const scratch = join(repoRoot, "test/.tmp/fuzz");
const SEED = 20261130;
const MUTANTS = 520;
const FOLDERS = ["params", "bodies", "responses", "names", "docs", "versions", "petstore", "security", "hostile", "load/formats"];

/** Messages that are a JavaScript or library failure, not something said to a user. */
const INTERNAL = [
  /is not a function/,
  /Cannot read propert/,
  /Cannot use 'in' operator/,
  /Maximum call stack/,
  /is not iterable/,
  /Cannot convert undefined or null/,
  /undefined is not/,
  /Self-referencing circular pointer/,
  /Error parsing \$ref/,
  /Is this a valid JSON pointer/,
  /\(run with --debug for the stack\)/,
  /^\s+at /m,
];

/** `error <file>[#pointer] [(line:col)]: message`, the pointer or position present. */
const LOCATED = /^error \S+?(#\/?\S*)?( \((\d+:\d+|line \d+)\))?: \S/;

const seeds = FOLDERS.flatMap((folder) =>
  readdirSync(join(repoRoot, "fixtures", folder))
    .filter((file) => /\.(ya?ml|json)$/.test(file))
    .sort()
    .map((file) => `${folder}/${file}`),
);

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path).split(sep).join("/")] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return out;
}

interface Case {
  seed: string;
  mutant: Mutant;
  input: string;
  output: string;
}

let cases: Case[] = [];
let outcomes: Outcome[] = [];
const pristine = new Map<string, Record<string, string>>();

beforeAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(join(scratch, "inputs"), { recursive: true });
  // A $ref target whose content is a plain string (issue 13: located at the $ref, not in a file).
  writeFileSync(join(scratch, "inputs", "plain.txt"), "just a line of text\n");
  const dist = inProcessBuild(repoRoot, join(scratch, "build"));
  // Each seed's own client first: the "previous output" every failed mutant must leave alone.
  const baseline = await runJobs(
    dist,
    seeds.map((seed) => ({ input: join(repoRoot, "fixtures", seed), output: join(scratch, "baseline", seed.replace(/\W+/g, "-")), cwd: repoRoot })),
    { timeoutMs: 60_000 },
  );
  const usable = seeds.filter((seed, i) => baseline[i].kind === "generated");
  for (const seed of usable) pristine.set(seed, hashTree(join(scratch, "baseline", seed.replace(/\W+/g, "-"))));
  const random = prng(SEED);
  const docs = new Map(usable.map((seed) => [seed, parse(readFileSync(join(repoRoot, "fixtures", seed), "utf8")) as object]));
  cases = Array.from({ length: MUTANTS }, (_, i) => {
    const seed = usable[i % usable.length];
    const mutant = mutate(docs.get(seed) as object, random);
    const input = join(scratch, "inputs", `m${i}.${mutant.extension}`);
    writeFileSync(input, mutant.text);
    const output = join(scratch, "out", `m${i}`);
    cpSync(join(scratch, "baseline", seed.replace(/\W+/g, "-")), output, { recursive: true });
    return { seed, mutant, input, output };
  });
  outcomes = await runJobs(dist, cases.map(({ input, output }) => ({ input, output, cwd: scratch })), { timeoutMs: 60_000 });
}, 900_000);

const label = (i: number) => `m${i} (${cases[i].seed}: ${cases[i].mutant.what.join("; ")})`;

describe(`fuzz: ${MUTANTS} mutants of the fixtures, seed ${SEED}`, () => {
  test("every seed fixture generates, and there are enough mutants", () => {
    expect(pristine.size).toBe(seeds.length);
    expect(cases.length).toBeGreaterThanOrEqual(500);
  });

  test("no mutant hangs the generator or crashes it", () => {
    const bad = outcomes.flatMap((o, i) => (o.kind === "hang" || o.kind === "crash" ? [`${label(i)}: ${JSON.stringify(o)}`] : []));
    expect(bad).toEqual([]);
  });

  test("every rejection is a keyway error, one located line per problem, no internal error text", () => {
    const bad = outcomes.flatMap((o, i) => {
      if (o.kind !== "rejected") return [];
      const wrong = o.lines.filter((line) => !LOCATED.test(line) || INTERNAL.some((pattern) => pattern.test(line)));
      const kindOk = o.errorKind === "invalid" || o.errorKind === "input";
      return wrong.length > 0 || !kindOk ? [`${label(i)} [${o.name}/${o.errorKind}]: ${wrong.concat(kindOk ? [] : o.lines).join(" | ")}`] : [];
    });
    expect(bad).toEqual([]);
  });

  test("a rejected mutant leaves the previous output byte-identical", () => {
    const changed = outcomes.flatMap((o, i) =>
      o.kind === "rejected" && JSON.stringify(hashTree(cases[i].output)) !== JSON.stringify(pristine.get(cases[i].seed)) ? [label(i)] : [],
    );
    expect(changed).toEqual([]);
  });

  test("every accepted mutant gives a client tsc --strict accepts", { timeout: 600_000 }, async () => {
    const generated = outcomes.flatMap((o, i) => (o.kind === "generated" ? [`m${i}`] : []));
    const tally = (kind: Outcome["kind"]) => outcomes.filter((o) => o.kind === kind).length;
    const warned = outcomes.filter((o) => o.kind === "generated" && o.warnings.length > 0).length;
    console.log(
      `fuzz: ${cases.length} mutants: ${tally("rejected")} rejected, ${warned} generated with warnings, ` +
        `${generated.length - warned} generated silently, ${tally("hang")} hung, ${tally("crash")} crashed`,
    );
    const errors = await typecheckClients(repoRoot, join(scratch, "out"), generated);
    const byMutant = Object.fromEntries(Object.entries(errors).map(([folder, lines]) => [label(Number(folder.slice(1))), lines.slice(0, 3)]));
    expect(byMutant).toEqual({});
  });
});
