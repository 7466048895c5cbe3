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
import type { GeneratedFile } from "./types.js";

export interface RenderInput {
  model: ApiModel;
  groupBy: GroupBy;
  header: { version: string; sha256: string };
}

/** The context of one operations file: its operations, each with the descriptor the runtime reads. */
const operationsFile = (operations: Operation[]) => ({
  operations: operations.map((op) => ({
    ...op,
    descriptor: descriptorSource(operationDescriptor(op)),
    // Printed as a union (`| {…}` per member) or, with one member, as that object alone, as prettier prints them.
    bodyUnion: (op.body?.media.length ?? 0) > 1,
    responseUnion: op.responses.success.length > 1,
  })),
  withResponse: operations.some((op) => op.withResponseName !== undefined && !op.parsesHeaders),
  withHeaders: operations.some((op) => op.withResponseName !== undefined && op.parsesHeaders),
  // The helpers of schema.ts that some body or response type here is read through.
  readable: operations.some((op) => [...op.responses.success, ...op.responses.error].some((r) => r.primary?.readWrite === true)),
  writable: operations.some((op) => op.body?.media.some((m) => m.readWrite) === true || op.parameters.some((group) => group.readWrite)),
});

/**
 * schema.ts on its own: its body comes from the types worker, so everything else can be
 * rendered (and formatted) while that is still being printed.
 */
export function renderSchemaFile(header: RenderInput["header"], schemaTypes: string): GeneratedFile {
  return { path: "schema.ts", contents: template("partials/header")(header) + schemaTypes };
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
    for (const group of model.groups) {
      files.push({
        path: `operations/${group.name}.ts`,
        contents: template("operations")({ ...header, root: "../", ...operationsFile(group.operations) }),
      });
    }
  } else {
    files.push({ path: "operations.ts", contents: template("operations")({ ...header, root: "./", ...operationsFile(model.operations) }) });
  }
  return [...files, ...renderNamedFiles(model, header), ...renderEnums(model, header), ...runtimeFiles()];
}
