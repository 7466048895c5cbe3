// SEAM (owned by the generation work): load -> model -> types/render -> format, in memory.
// Writing is the caller's job (generator/index.ts), so --check and the cache share this.
import type { LoadedDocument } from "./load/types.js";
import type { ResolvedOptions } from "./options.js";
import type { GeneratedFile } from "./render/types.js";

export interface Generation {
  files: GeneratedFile[];
  operations: number;
  document: LoadedDocument;
}

export async function renderClient(_options: ResolvedOptions): Promise<Generation> {
  throw new Error("not built yet");
}
