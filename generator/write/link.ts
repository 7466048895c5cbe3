// `-o` may be a symbolic link to the real output folder (a monorepo's shared `generated/`).
// The swap replaces a folder whole, so done at the link's own path it would replace the link
// with a folder and leave the one it pointed to stale. Writing goes through the link instead:
// the folder it points to is the output, and the link stays as the user made it.
import { lstat, realpath } from "node:fs/promises";
import { OutputError } from "../errors.js";
import { isCode } from "./marker.js";

/** The folder to write: `target` itself, or where the link at `target` points. */
export async function throughLink(target: string, shown: string): Promise<string> {
  try {
    if (!(await lstat(target)).isSymbolicLink()) return target;
  } catch (error) {
    if (isCode(error, "ENOENT")) return target;
    throw error;
  }
  try {
    return await realpath(target);
  } catch (error) {
    if (isCode(error, "ENOENT") || isCode(error, "ELOOP")) {
      throw new OutputError(`${shown} is a symbolic link to nothing (${isCode(error, "ELOOP") ? "a loop" : "its target does not exist"}); point it at a folder or remove it`);
    }
    throw error;
  }
}
