// A generated file's text as write/ reads it: a file kept in parts (render/types.ts) is
// hashed, compared and written a batch at a time, never as one string (see ../rope.ts).
import { createHash } from "node:crypto";
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import type { GeneratedFile } from "../render/types.js";

/** About a megabyte a batch: few writes, and a copy that small is short-lived. */
const BATCH_CHARS = 2 ** 20;

const endsInHighSurrogate = (text: string): boolean => {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff;
};

/** The file's text in order: whole, or its parts joined into batches. */
export function* textBatches(file: GeneratedFile): Generator<string> {
  if (file.parts === undefined) {
    yield file.contents;
    return;
  }
  let batch: string[] = [];
  let length = 0;
  for (const part of file.parts) {
    batch.push(part);
    length += part.length;
    if (length < BATCH_CHARS) continue;
    const text = batch.join("");
    // Each batch is encoded to UTF-8 alone: a surrogate pair cut in two would become two U+FFFD.
    if (endsInHighSurrogate(text)) {
      batch = [text];
      continue;
    }
    yield text;
    batch = [];
    length = 0;
  }
  if (batch.length > 0) yield batch.join("");
}

/** sha256 of the file's UTF-8 bytes. */
export function textSha256(file: GeneratedFile): string {
  const hash = createHash("sha256");
  for (const text of textBatches(file)) hash.update(text);
  return hash.digest("hex");
}

/** Whether `bytes` are exactly the file's text in UTF-8. */
export function sameText(bytes: Buffer, file: GeneratedFile): boolean {
  let offset = 0;
  for (const text of textBatches(file)) {
    const encoded = Buffer.from(text);
    if (!encoded.equals(bytes.subarray(offset, offset + encoded.length))) return false;
    offset += encoded.length;
  }
  return offset === bytes.length;
}

/** Writes the file's text to `path` (synchronously, as write/swap.ts writes every file). */
export function writeText(path: string, file: GeneratedFile): void {
  if (file.parts === undefined) return writeFileSync(path, file.contents);
  const fd = openSync(path, "w");
  try {
    for (const text of textBatches(file)) {
      const bytes = Buffer.from(text);
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    }
  } finally {
    closeSync(fd);
  }
}
