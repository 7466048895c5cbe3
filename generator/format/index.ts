// prettier over the files we print from templates. schema.ts (printed by the TypeScript
// printer already) and runtime/ (copied verbatim) are left as they are.
import * as prettier from "prettier";
import type { GeneratedFile } from "../render/types.js";

const PRETTIER: prettier.Options = { parser: "typescript", printWidth: 100 };

const needsFormatting = (file: GeneratedFile): boolean =>
  file.path !== "schema.ts" && !file.path.startsWith("runtime/");

export async function formatFiles(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) =>
      needsFormatting(file) ? { path: file.path, contents: await prettier.format(file.contents, PRETTIER) } : file,
    ),
  );
}
