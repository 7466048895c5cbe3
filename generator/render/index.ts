// Model -> files. Each entry template prints one file; every decision was made in the model.
import type { ApiModel, Operation } from "../model/types.js";
import { enumExports, renderEnums } from "./enums.js";
import type { GroupBy } from "../options.js";
import { codecImports } from "./codecs.js";
import { descriptorSource, operationDescriptor } from "./operation-descriptor.js";
import { renderNamedFiles } from "./queries.js";
import { runtimeFiles } from "./runtime-files.js";
import { schemeDescriptors } from "./scheme-descriptors.js";
import { beginRender, template } from "./templates.js";
import { fileOfParts, type GeneratedFile } from "./types.js";

export interface RenderInput {
  model: ApiModel;
  groupBy: GroupBy;
  header: { version: string; sha256: string };
}

/** An operation as the operation partial prints it, with the descriptor the runtime reads. */
const operationContext = (op: Operation) => ({
  ...op,
  descriptor: descriptorSource(operationDescriptor(op)),
  // Printed as a union (`| {…}` per member) or, with one member, as that object alone, as prettier prints them.
  bodyUnion: (op.body?.media.length ?? 0) > 1,
  responseUnion: op.responses.success.length > 1,
});

/** What the imports of one operations file depend on. */
const operationsImports = (operations: Operation[]) => ({
  withResponse: operations.some((op) => op.withResponseName !== undefined && !op.parsesHeaders),
  withHeaders: operations.some((op) => op.withResponseName !== undefined && op.parsesHeaders),
  // The helpers of schema.ts that some body or response type here is read through.
  readable: operations.some((op) => [...op.responses.success, ...op.responses.error].some((r) => r.primary?.readWrite === true)),
  writable: operations.some((op) => op.body?.media.some((m) => m.readWrite) === true || op.parameters.some((group) => group.readWrite)),
});

/** Operations printed per part of an operations file. */
const OPERATIONS_PER_PART = 64;

/**
 * One operations file in parts (see ../rope.ts): operations.hbs with no operation (its
 * imports), then its operation list a slice at a time, so only one slice's contexts are alive.
 */
function operationsFile(path: string, operations: Operation[], context: RenderInput["header"] & { root: string }): GeneratedFile {
  const parts = [template("operations")({ ...context, ...operationsImports(operations), operations: [] })];
  for (let start = 0; start < operations.length; start += OPERATIONS_PER_PART) {
    parts.push(template("partials/operation-list")({ operations: operations.slice(start, start + OPERATIONS_PER_PART).map(operationContext) }));
  }
  return fileOfParts(path, parts);
}

/**
 * schema.ts on its own: its body comes from the types worker, so everything else can be
 * rendered (and formatted) while that is still being printed.
 */
export function renderSchemaFile(header: RenderInput["header"], schemaTypes: string | readonly string[]): GeneratedFile {
  return fileOfParts("schema.ts", [template("partials/header")(header), ...(typeof schemaTypes === "string" ? [schemaTypes] : schemaTypes)]);
}

/** Every file but schema.ts (see renderSchemaFile). */
export function renderFiles(input: RenderInput): GeneratedFile[] {
  const { model, header } = input;
  beginRender();
  const grouped = input.groupBy === "tag";
  const { servers, operationServers } = model;
  const files: GeneratedFile[] = [
    { path: "index.ts", contents: template("index")({ ...header, enums: enumExports(model) }) },
    {
      path: "client.ts",
      contents: template("client")({ ...header, doc: model.doc, operations: model.operations, groups: model.groups, grouped }),
    },
    {
      path: "security.ts",
      contents: template("security")({ ...header, schemes: schemeDescriptors(model.securitySchemes), codecs: codecImports(model.operations), servers, operationServers }),
    },
  ];
  if (grouped) {
    files.push({ path: "operations.ts", contents: template("operations-index")({ ...header, groups: model.groups }) });
    for (const group of model.groups) files.push(operationsFile(`operations/${group.name}.ts`, group.operations, { ...header, root: "../" }));
  } else {
    files.push(operationsFile("operations.ts", model.operations, { ...header, root: "./" }));
  }
  return [...files, ...renderNamedFiles(model, header), ...renderEnums(model, header), ...runtimeFiles()];
}
