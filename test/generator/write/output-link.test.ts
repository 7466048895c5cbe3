// Issue 13: `-o` through a symbolic link to a keyway folder writes through the link: the
// folder it points to gets the new output (the user's own files there carried over with
// --force), and the link stays a link.
import { lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { generateClient, OutputError } from "../../../generator/index.js";
import { repoRoot, scratchDir } from "../../support/fixture-clients.js";

const petstore = join(repoRoot, "fixtures/petstore/petstore.yaml");
const jsdoc = join(repoRoot, "fixtures/docs/jsdoc.yaml");

test("a link to a keyway folder: written through, the link kept", { timeout: 120_000 }, async () => {
  const root = scratchDir("write/output-link");
  const real = join(root, "real");
  await generateClient({ input: petstore, output: real, cwd: repoRoot, format: false });
  symlinkSync("real", join(root, "link"));
  const result = await generateClient({ input: jsdoc, output: join(root, "link"), cwd: repoRoot, format: false });
  expect(lstatSync(join(root, "link")).isSymbolicLink()).toBe(true);
  expect(readlinkSync(join(root, "link"))).toBe("real");
  expect(result.output).toBe(real);
  expect(readFileSync(join(real, "operations.ts"), "utf8")).toBe(readFileSync(join(root, "link", "operations.ts"), "utf8"));
  expect(readFileSync(join(real, "operations.ts"), "utf8")).toContain("replacePet"); // jsdoc.yaml's operation, not petstore's
});

test("with --force, the user's files in the linked folder are carried over", { timeout: 120_000 }, async () => {
  const root = scratchDir("write/output-link-force");
  mkdirSync(join(root, "real"));
  writeFileSync(join(root, "real", "mine.txt"), "mine\n");
  symlinkSync("real", join(root, "link"));
  await generateClient({ input: petstore, output: join(root, "link"), cwd: repoRoot, format: false, force: true });
  expect(readFileSync(join(root, "real", "mine.txt"), "utf8")).toBe("mine\n");
  expect(lstatSync(join(root, "link")).isSymbolicLink()).toBe(true);
});

test("a dangling link is refused clearly", async () => {
  const root = scratchDir("write/output-link-dangling");
  symlinkSync("nowhere", join(root, "link"));
  const error = await generateClient({ input: petstore, output: join(root, "link"), cwd: repoRoot }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OutputError);
  expect((error as Error).message).toBe(`${join(root, "link")} is a symbolic link to nothing (its target does not exist); point it at a folder or remove it`);
});
