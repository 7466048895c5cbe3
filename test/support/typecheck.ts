// Runs the real `tsc --strict` over a folder of generated code, the way a user's project
// would, and returns its diagnostics (one per line) so tests can require none.
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { expect } from "vitest";
import { repoRoot } from "./generate.js";

const run = promisify(execFile);

export interface TypecheckSetup {
  moduleResolution: "bundler" | "nodenext";
  /** Without the DOM lib, as in a Node-only project. */
  dom: boolean;
  files?: string[];
}

export async function typecheck(dir: string, setup: TypecheckSetup): Promise<string[]> {
  const nodenext = setup.moduleResolution === "nodenext";
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "ES2022",
      module: nodenext ? "NodeNext" : "ESNext",
      moduleResolution: nodenext ? "NodeNext" : "Bundler",
      lib: setup.dom ? ["ES2022", "DOM", "DOM.Iterable"] : ["ES2022"],
      types: ["node"],
      typeRoots: [join(repoRoot, "node_modules/@types")],
      skipLibCheck: true,
      noUnusedLocals: false,
      exactOptionalPropertyTypes: false,
    },
    include: setup.files ?? ["**/*.ts"],
  };
  const name = `tsconfig.${setup.moduleResolution}.${setup.dom ? "dom" : "node"}.json`;
  writeFileSync(join(dir, name), JSON.stringify(config, null, 2));
  const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
  try {
    await run(process.execPath, [tsc, "-p", join(dir, name), "--pretty", "false"], { maxBuffer: 64 * 1024 * 1024 });
    return [];
  } catch (error) {
    const out = String((error as { stdout?: string }).stdout ?? error);
    return out.split("\n").filter((line) => line.includes("error TS"));
  }
}

/**
 * A usage file's `// expected error TSxxxx` lines and the errors tsc reported, both as
 * "file:line code": a test wants the two lists equal.
 */
export function markedAndReported(usage: string, diagnostics: readonly string[]): { marked: string[]; reported: string[] } {
  const marked = readFileSync(usage, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      const code = /\/\/ expected error (TS\d+)/.exec(line)?.[1];
      return code === undefined ? [] : [`${basename(usage)}:${i + 1} ${code}`];
    });
  const reported = diagnostics.map((d) => {
    const match = /([^/\\]+\.ts)\((\d+),\d+\): error (TS\d+)/.exec(d);
    return match === null ? d : `${match[1]}:${match[2]} ${match[3]}`;
  });
  return { marked: marked.sort(), reported: [...new Set(reported)].sort() };
}

/**
 * tsc failed on exactly the usage file's marked lines, each with its own code, and the file
 * marks `count` lines: a mark that quietly disappears fails the count.
 */
export function expectOnlyMarkedLinesFail(usage: string, diagnostics: readonly string[], count: number): void {
  const { marked, reported } = markedAndReported(usage, diagnostics);
  expect(marked).toHaveLength(count);
  expect(reported).toEqual(marked);
}
