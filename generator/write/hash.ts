import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** sha256 of a file's bytes, or undefined when it can not be read (deleted, moved). */
export async function hashFile(path: string): Promise<string | undefined> {
  try {
    return sha256(await readFile(path));
  } catch {
    return undefined;
  }
}
