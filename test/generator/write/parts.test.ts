// A file kept in parts (schema.ts, operations.ts) is hashed, compared and written batch by
// batch; the bytes on disk, the marker's hash and the diff must be what its whole text gives.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileOfParts, type GeneratedFile } from "../../../generator/render/types.js";
import { diffOutput, inspectOutput, writeOutput } from "../../../generator/write/index.js";
import { sameText, textBatches, textSha256 } from "../../../generator/write/text.js";
import { tempDir } from "../../support/cli.js";

const MARKER = { generator: "keyway" as const, version: "0.0.0-test", key: null, operations: 1, inputs: [], warnings: [] };
const MIB = 2 ** 20;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

// Over several batches, with text beyond Latin-1 and, at the first batch's end, an emoji
// (a surrogate pair) cut between two parts.
const parts = [
  "// é ü\n",
  `${"a".repeat(MIB - 8)}\ud83d`,
  "\ude00 after the cut\n",
  ...Array.from({ length: 40 }, (_, i) => `export type T${i} = "${"x".repeat(64 * 1024)} ✓";\n`),
];
const whole = parts.join("");
const file = fileOfParts("big.ts", parts);

async function write(target: string, files: GeneratedFile[]) {
  const state = await inspectOutput(target, "out");
  return writeOutput({ target, shown: "out", files, marker: MARKER, state, force: false });
}

describe("a file in parts", () => {
  it("reads as its whole text: contents, batches, hash and comparison", () => {
    expect(file.contents).toBe(whole);
    const batches = [...textBatches(file)];
    expect(batches.length).toBeGreaterThan(2);
    expect(batches.join("")).toBe(whole);
    // No batch ends inside a surrogate pair: each one encodes to the same bytes as in the whole.
    expect(Buffer.concat(batches.map((text) => Buffer.from(text))).equals(Buffer.from(whole))).toBe(true);
    expect(textSha256(file)).toBe(sha256(whole));
    expect(sameText(Buffer.from(whole), file)).toBe(true);
    expect(sameText(Buffer.from(`${whole} `), file)).toBe(false);
    expect(sameText(Buffer.from(whole.slice(0, -1)), file)).toBe(false);
    expect(sameText(Buffer.from(whole.replace("after", "AFTER")), file)).toBe(false);
  });

  it("is written byte for byte, hashed in the marker as its text, and unchanged on a second write", async () => {
    const target = join(tempDir(), "out");
    await write(target, [file]);
    expect(readFileSync(join(target, "big.ts"), "utf8")).toBe(whole);
    const marker = JSON.parse(readFileSync(join(target, ".keyway"), "utf8"));
    expect(marker.files["big.ts"]).toBe(sha256(whole));
    const state = await inspectOutput(target, "out");
    expect(await diffOutput(target, [{ path: "big.ts", contents: whole }], state)).toEqual([]);
    expect(await diffOutput(target, [fileOfParts("big.ts", [...parts, "\n"])], state)).toEqual([{ path: "big.ts", change: "changed" }]);
    expect(await write(target, [file])).toEqual([]);
  });
});
