// The files beside the operations that name things for users: types.ts (a type per schema),
// errors.ts (isApiError narrowing per operation) and, with `--query tanstack`, queries.ts.
import type { ApiModel } from "../model/types.js";
import { template } from "./templates.js";
import type { GeneratedFile } from "./types.js";

type Header = { version: string; sha256: string };

export function renderNamedFiles(model: ApiModel, header: Header): GeneratedFile[] {
  const declared = Object.fromEntries(
    model.operations.map((op) => [op.name, [op.id, op.method, op.path, op.responses.error.map((r) => r.status)]]),
  );
  const files: GeneratedFile[] = [
    {
      path: "types.ts",
      contents: template("types")({ ...header, schemaTypes: model.schemaTypes, readWrite: model.schemaTypes.some((t) => t.writableName !== undefined) }),
    },
    { path: "errors.ts", contents: template("errors")({ ...header, operations: model.operations, declared }) },
  ];
  if (model.queries) {
    files.push({ path: "queries.ts", contents: template("queries")({ ...header, ...model.queries }) });
  }
  return files;
}
