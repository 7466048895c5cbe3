// IR -> files. Each entry template prints one file; decisions were made in the model.
import type { ApiModel, Operation } from "../model/types.js";
import type { GroupBy } from "../options.js";
import { operationSpec } from "./operation-spec.js";
import { renderNamedFiles } from "./queries.js";
import { runtimeFiles } from "./runtime-files.js";
import { schemeMap } from "./scheme-map.js";
import { template } from "./templates.js";
import type { GeneratedFile } from "./types.js";

export interface RenderInput {
  model: ApiModel;
  groupBy: GroupBy;
  baseUrl?: string;
  header: { version: string; sha256: string };
}

/**
 * The server an operation declares in place of the client's default (§4.8.10), when it is
 * another one. A base URL given at generation replaces every server of the document.
 */
type ServerOf = (operation: Operation) => string | undefined;

function serverOf(input: RenderInput, servers: readonly string[]): ServerOf {
  return (operation) => {
    const server = operation.servers[0];
    return input.baseUrl === undefined && server !== undefined && server !== servers[0] ? server : undefined;
  };
}

/** The context of one operations file: its operations, each with the spec the runtime reads. */
const operationsFile = (operations: Operation[], server: ServerOf) => ({
  operations: operations.map((op) => ({ ...op, spec: operationSpec(op, server(op)) })),
  withResponse: operations.some((op) => op.withResponseName !== undefined),
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
  const grouped = input.groupBy === "tag";
  const servers = input.baseUrl ? [input.baseUrl, ...model.servers] : model.servers;
  const server = serverOf(input, servers);
  const operationServers = [...new Set(model.operations.map(server).filter((url) => url !== undefined))];
  const files: GeneratedFile[] = [
    { path: "index.ts", contents: template("index")(header) },
    {
      path: "client.ts",
      contents: template("client")({ ...header, doc: model.doc, operations: model.operations, groups: model.groups, grouped }),
    },
    { path: "security.ts", contents: template("security")({ ...header, schemes: schemeMap(model.securitySchemes), servers, operationServers }) },
  ];
  if (grouped) {
    files.push({ path: "operations.ts", contents: template("operations-index")({ ...header, groups: model.groups }) });
    for (const group of model.groups) {
      files.push({
        path: `operations/${group.name}.ts`,
        contents: template("operations")({ ...header, root: "../", ...operationsFile(group.operations, server) }),
      });
    }
  } else {
    files.push({ path: "operations.ts", contents: template("operations")({ ...header, root: "./", ...operationsFile(model.operations, server) }) });
  }
  return [...files, ...renderNamedFiles(model, header), ...runtimeFiles()];
}
