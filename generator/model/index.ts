// IR construction: the bundled document in, plain data out (generator/model/types.ts).
// https://spec.openapis.org/oas/v3.1.0#openapi-object
import type { OpenAPI3 } from "openapi-typescript";
import { docOf } from "./doc.js";
import { EXPORTED_NAMES, NameRegistry, safePropertyName } from "./names.js";
import { buildNamedEnums } from "./named-enums.js";
import { buildOperations } from "./operation-object.js";
import { DEFAULT_PAGINATION, type PaginationNames } from "./pagination.js";
import { buildQueries } from "./queries.js";
import type { ModelContext } from "./ref.js";
import { buildSchemaTypes } from "./schema-types.js";
import { buildSecuritySchemes } from "./security-scheme-object.js";
import { buildServers } from "./server-object.js";
import type { ApiModel, Operation, TagGroup, Warning } from "./types.js";

/** What the model needs besides the document; all optional (see generator/options.ts). */
export interface ModelOptions {
  /** `--base-url`: the client's default server, in place of the document's. */
  baseUrl?: string;
  /** `--query tanstack`; each configured list of names replaces that default list. */
  query?: { kind: "tanstack"; pagination?: Partial<PaginationNames> };
  /** The document's sha256, hex: part of the query key scope. */
  sha256?: string;
}

export function buildModel(document: OpenAPI3, options: ModelOptions = {}): { model: ApiModel; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const ctx: ModelContext = { document, warn: (pointer, message) => warnings.push({ pointer, message }) };
  const webhooks = (document as { webhooks?: Record<string, unknown> }).webhooks;
  if (webhooks && Object.keys(webhooks).length > 0) {
    // §4.8.1: webhooks are requests the API sends to its callers; a client has nothing to call.
    ctx.warn("#/webhooks", "webhooks are not supported: no code is generated for them (their types are in schema.ts)");
  }
  const securitySchemes = buildSecuritySchemes(ctx);
  const servers = buildServers(document, options.baseUrl);
  const operations = buildOperations(ctx, {
    names: new NameRegistry(EXPORTED_NAMES),
    schemes: new Set(securitySchemes.map((s) => s.name)),
    client: { servers, baseUrl: options.baseUrl },
  });
  const model: ApiModel = {
    title: typeof document.info?.title === "string" ? document.info.title : "API",
    version: typeof document.info?.version === "string" ? document.info.version : "",
    doc: docOf(document.info),
    servers,
    operationServers: [...new Set(operations.flatMap((op) => (op.server === undefined ? [] : [op.server])))],
    securitySchemes,
    operations,
    groups: groupByTag(operations, document.tags ?? []),
    schemaTypes: buildSchemaTypes(ctx, operations),
    enums: [],
  };
  model.enums = buildNamedEnums(ctx, operations, model.schemaTypes);
  if (options.query) {
    const pagination = { ...DEFAULT_PAGINATION, ...options.query.pagination };
    model.queries = buildQueries(ctx, { operations, schemes: securitySchemes }, { pagination, sha256: options.sha256 ?? "" });
  }
  return { model, warnings };
}

function groupByTag(operations: Operation[], tags: { name?: unknown; description?: unknown }[]): TagGroup[] {
  const described = new Map(tags.map((tag) => [tag.name, tag]));
  const groups = new Map<string, TagGroup>();
  const names = new NameRegistry(["index", "client", "schema", "security", "runtime", "operations"]);
  for (const operation of operations) {
    let group = groups.get(operation.group);
    if (!group) {
      group = {
        tag: operation.group,
        name: names.claim(safePropertyName(operation.group, "default")),
        doc: docOf(described.get(operation.group)),
        operations: [],
      };
      groups.set(operation.group, group);
    }
    group.operations.push(operation);
  }
  return [...groups.values()];
}
