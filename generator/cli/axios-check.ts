// The generated client imports axios when the app runs, so axios must be a dependency of the
// project the output folder sits in; keyway itself is usually a dev dependency, and
// `npm prune --omit=dev` would leave the app unable to import its client. Node's own
// resolution from inside the output folder answers "can this project import axios?".
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

let warned = false;

/** One warning line the first time an output folder's project can not resolve axios; then nothing. */
export function axiosWarning(output: string, cwd: string, shown: string): string | undefined {
  if (warned) return undefined;
  try {
    createRequire(join(resolve(cwd, output), "index.ts")).resolve("axios");
    return undefined;
  } catch {
    warned = true;
    return `warning ${shown}: the generated client imports axios, which this project can not resolve; add it to your app's dependencies: npm i axios`;
  }
}
