// load -> buildModel -> render -> format, all in memory; writing is write/run.ts's job, so
// --check and the cache share this. schema.ts is printed by the types worker meanwhile.
import { formatFiles } from "./format/index.js";
import { heapSince } from "./heap.js";
import { loadDocument } from "./load/index.js";
import type { LoadedDocument } from "./load/types.js";
import { buildModel } from "./model/index.js";
import type { ApiModel } from "./model/types.js";
import type { ResolvedOptions } from "./options.js";
import { packageVersion } from "./package-root.js";
import { renderFiles, renderSchemaFile } from "./render/index.js";
import type { GeneratedFile } from "./render/types.js";
import type { SchemaTypesJob } from "./types/parallel.js";
import type { Generation } from "./write/run.js";

/** `schemaTypes` is started by the caller, as early as it can; it is ended here either way. */
export async function generateFiles(options: ResolvedOptions, schemaTypes: SchemaTypesJob): Promise<Generation> {
  // Whatever fails, the worker must not outlive the run (nor reject with no one listening).
  try {
    const heap = heapSince();
    const { model, types, header, documentFiles } = await modelled(options, schemaTypes);
    // The document and the types' syntax trees are dead now: see heap.ts.
    if (schemaTypes.sameThread) heap.collect();
    // Everything but schema.ts is rendered and formatted while the worker prints the types.
    const files = await format(renderFiles({ model, groupBy: options.groupBy, header }), options);
    files.push(renderSchemaFile(header, await types));
    return { files, operations: model.operations.length, documentFiles, entrySha256: header.sha256 };
  } finally {
    schemaTypes.cancel();
  }
}

/**
 * Load and model in a frame of their own: once the model is built, nothing on the main thread
 * holds the document, its source text or the locator any more, so they are collected while
 * the worker prints (GitHub's document: about 45 MB of this thread's heap).
 */
async function modelled(options: ResolvedOptions, schemaTypes: SchemaTypesJob) {
  const loaded = await loadDocument(options.input, { cwd: options.cwd, onEntryParsed: (value) => schemaTypes.preview(value) });
  const types = schemaTypes.render(loaded);
  types.catch(() => {});
  const model = modelOf(loaded, options);
  if (schemaTypes.sameThread) await types;
  return { model, types, header: { version: packageVersion, sha256: loaded.sha256 }, documentFiles: loaded.files };
}

/** The model, its warnings (and load's conversion warnings) reported where the user edits. */
function modelOf(loaded: LoadedDocument, options: ResolvedOptions): ApiModel {
  // load/'s own warnings are located in the source already (a Swagger 2.0 input's too).
  for (const { location, message } of loaded.warnings ?? []) options.onWarning({ ...location, pointer: location.pointer ?? "#", message });
  const query = options.query && { kind: options.query, pagination: options.pagination };
  const { model, warnings } = buildModel(loaded.document, { baseUrl: options.baseUrl, query, sha256: loaded.sha256 });
  for (const { pointer, message } of [...(loaded.conversionWarnings ?? []), ...warnings]) {
    // A bundled ref's own file, with line and column.
    const at = loaded.locate(pointer);
    options.onWarning({ file: at.file, pointer: at.pointer ?? pointer, message, line: at.line, column: at.column });
  }
  return model;
}

async function format(files: GeneratedFile[], options: ResolvedOptions): Promise<GeneratedFile[]> {
  return options.format ? formatFiles(files) : files;
}
