// keyway's printer against astToString over every document the tests have: the fixtures,
// the real documents (GitHub's among them) and the real-world corpus sample. Each must print
// byte for byte the same, with no statement left to astToString.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { REAL_DOCUMENTS } from "../../support/documents.js";
import { corpusSample } from "../corpus/sample.js";
import { ROOT } from "../load/helpers.js";
import { loadedOrUndefined, printBoth, schemaStatements } from "./printers.js";

/** Every YAML or JSON file under fixtures/ (a multi-file document's parts are rejected alone). */
const fixtures = readdirSync(path.join(ROOT, "fixtures"), { recursive: true, encoding: "utf8" })
  .filter((file) => /\.(ya?ml|json)$/.test(file))
  .sort()
  .map((file) => ({ id: `fixtures/${file}`, path: path.join(ROOT, "fixtures", file) }));
const real = Object.entries(REAL_DOCUMENTS).map(([id, file]) => ({ id, path: file }));
const { directory, examples } = corpusSample(ROOT);

describe.each([
  ["fixtures", fixtures, 40],
  ["real documents (GitHub, Stripe, Spotify, petstore)", real, real.length],
  ["corpus sample", [...directory, ...examples], 200],
])("%s", (_, documents, leastPrinted) => {
  test("print byte for byte as astToString does, with no fallback", { timeout: 300_000 }, async () => {
    const differing: string[] = [];
    let printed = 0;
    let fallbacks = 0;
    for (const document of documents) {
      const loaded = await loadedOrUndefined(document.path);
      if (loaded === undefined) continue;
      const both = printBoth(schemaStatements(loaded));
      printed++;
      fallbacks += both.fallbacks;
      if (both.ours !== both.theirs) differing.push(`${document.id}: first difference at ${firstDifference(both.ours, both.theirs)}`);
    }
    expect(differing).toEqual([]);
    expect(fallbacks).toBe(0);
    // Loading must not quietly skip them all: only documents load/ rejects are left out.
    expect(printed).toBeGreaterThanOrEqual(leastPrinted);
  });
});

/** Where two printings part, with a little of each, for a readable failure. */
function firstDifference(ours: string, theirs: string): string {
  let i = 0;
  while (i < ours.length && ours[i] === theirs[i]) i++;
  return `${i}: ours ${JSON.stringify(ours.slice(i - 40, i + 40))}, astToString ${JSON.stringify(theirs.slice(i - 40, i + 40))}`;
}
