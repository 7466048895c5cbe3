// load -> model -> types/render -> format, all in memory. Writing is the caller's job
// (generator/index.ts), so --check and the cache share this.
import { formatFiles, shouldFormat } from "./format/index.js";
import { loadDocument } from "./load/index.js";
import type { LoadedDocument } from "./load/types.js";
import { buildModel } from "./model/index.js";
import type { ResolvedOptions } from "./options.js";
import { packageVersion } from "./package-root.js";
import { renderFiles, renderSchemaFile } from "./render/index.js";
import type { GeneratedFile } from "./render/types.js";
import type { SchemaTypesJob } from "./types/parallel.js";

export interface Generation {
  files: GeneratedFile[];
  operations: number;
  document: LoadedDocument;
}

/** `schemaTypes` is started by the caller, as early as it can; it is ended here either way. */
export async function renderClient(options: ResolvedOptions, schemaTypes: SchemaTypesJob): Promise<Generation> {
  // Whatever fails, the worker must not outlive the run (nor reject with no one listening).
  try {
    const loaded = await loadDocument(options.input, { cwd: options.cwd, onEntryParsed: (value) => schemaTypes.preview(value) });
    const types = schemaTypes.render(loaded);
    types.catch(() => {});
    for (const { location, message } of loaded.warnings ?? []) options.onWarning({ ...location, pointer: location.pointer ?? "#", message });
    const { model, warnings } = buildModel(loaded.document);
    for (const { pointer, message } of [...(loaded.conversionWarnings ?? []), ...warnings]) {
      // Where it is in the file the user edits: a bundled ref's own file, with line and column.
      const at = loaded.locate(pointer);
      options.onWarning({ file: at.file, pointer: at.pointer ?? pointer, message, line: at.line, column: at.column });
    }
    const header = { version: packageVersion, sha256: loaded.sha256 };
    // Everything but schema.ts is rendered and formatted while the worker prints the types.
    const rendered = renderFiles({ model, groupBy: options.groupBy, baseUrl: options.baseUrl, header });
    const files = shouldFormat(rendered, options.format) ? await formatFiles(rendered) : rendered;
    files.push(renderSchemaFile(header, await types));
    return { files, operations: model.operations.length, document: loaded };
  } finally {
    schemaTypes.cancel();
  }
}
