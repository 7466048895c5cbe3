// Runs the real `tsc --strict` over a folder of generated code, the way a user's project
// would, and returns its diagnostics (one per line) so tests can require none.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
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
