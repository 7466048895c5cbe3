// OpenAPI 3.1 §4.8.9 Path Item Object and §4.8.10 Operation Object.
// https://spec.openapis.org/oas/v3.1.0#operation-object
import type { OperationObject, ParameterObject, PathItemObject, ReferenceObject } from "openapi-typescript";
import { HTTP_METHODS } from "../../runtime/descriptors.js";
import { isAbsoluteServerUrl } from "../url.js";
import { docOf } from "./doc.js";
import { camelCase, nameFromRoute, safeIdentifier, type NameRegistry } from "./names.js";
import { buildParameters } from "./parameter-object.js";
import { joinPointer } from "../load/pointer.js";
import { deref, type ModelContext } from "./ref.js";
import { buildRequestBody } from "./request-body-object.js";
import { buildResponses, splitResponses } from "./responses-object.js";
import { buildRequirements } from "./security-scheme-object.js";
import { operationServer, serverUrls, type ClientServers } from "./server-object.js";
import type { ArgumentDoc, HttpMethod, Operation, ParameterGroup, RequestBody, Response } from "./types.js";

export interface OperationScope {
  names: NameRegistry;
  schemes: ReadonlySet<string>;
  client: ClientServers;
}

type Params = (ParameterObject | ReferenceObject)[];

export function buildOperation(
  ctx: ModelContext,
  scope: OperationScope,
  route: { path: string; method: HttpMethod; item: PathItemObject; operation: OperationObject },
): Operation {
  const { path, method, item, operation } = route;
  const at = joinPointer(["paths", path, method]);
  const id = typeof operation.operationId === "string" && operation.operationId !== ""
    ? operation.operationId
    : nameFromRoute(method, path);
  const wanted = safeIdentifier(id, method);
  const name = scope.names.claim(wanted);
  if (operation.operationId && wanted !== camelCase(id)) {
    ctx.warn(at, `operationId '${id}' is not a usable identifier; the method is named '${wanted}'`);
  }
  if (name !== wanted) {
    const what = operation.operationId ? `operationId '${operation.operationId}'` : `the name '${wanted}' made from method and path`;
    ctx.warn(at, `${what} is already taken; the method is named '${name}'`);
  }
  warnUnsupported(ctx, operation, at);
  const servers = operationServers(ctx, { item, operation }, { item: joinPointer(["paths", path]), operation: at });
  const parameters = buildParameters(
    ctx,
    { raw: (item.parameters ?? []) as Params, at: joinPointer(["paths", path, "parameters"]) },
    { raw: (operation.parameters ?? []) as Params, at: `${at}/parameters` },
  );
  const body = buildRequestBody(ctx, operation.requestBody, `${at}/requestBody`);
  const tags = Array.isArray(operation.tags) ? operation.tags.filter((t) => typeof t === "string") : [];
  const responses = splitResponses(buildResponses(ctx, operation.responses, `${at}/responses`));
  return {
    id,
    name,
    // The name is already a safe, unique identifier (case-insensitively), and so is this.
    typeName: name.charAt(0).toUpperCase() + name.slice(1),
    method,
    path,
    group: tags[0] ?? "default",
    doc: docOf(operation),
    parameters,
    body,
    responses,
    argsRequired: parameters.some((group) => group.required) || body?.required === true,
    argsIntersect: parameters.length > 0 && body !== undefined,
    argsEmpty: parameters.length === 0 && body === undefined,
    argumentDocs: argumentDocs(parameters, body),
    withResponseName: wantsRawVariant(responses.success) ? scope.names.claim(`${name}WithResponse`) : undefined,
    parsesHeaders: responses.success.some((response) => response.parsedHeaders),
    security: buildRequirements(
      ctx,
      operation.security ?? ctx.document.security,
      scope.schemes,
      operation.security ? `${at}/security` : "#/security",
    ),
    servers,
    server: operationServer(servers, scope.client),
  };
}

/**
 * §4.8.10: an operation's servers replace its path item's, which replace the document's.
 * Only absolute URLs are kept: a relative one is relative to where the document was served
 * from, which the client does not know (it resolves the document's own against the page).
 */
function operationServers(
  ctx: ModelContext,
  objects: { item: PathItemObject; operation: OperationObject },
  at: { item: string; operation: string },
): string[] {
  const key = Array.isArray(objects.operation.servers) && objects.operation.servers.length > 0 ? "operation" : "item";
  const urls = serverUrls(objects[key].servers);
  const absolute = urls.filter((url) => isAbsoluteServerUrl(url));
  if (absolute.length < urls.length) {
    ctx.warn(`${at[key]}/servers`, "relative servers of a path item or operation are not used: calls go to the client's baseURL");
  }
  return absolute;
}

/** What an operation may declare that the client does not act on. */
function warnUnsupported(ctx: ModelContext, operation: OperationObject, at: string): void {
  const callbacks = operation.callbacks;
  if (callbacks && Object.keys(callbacks).length > 0) {
    // §4.8.18 Callback Object: requests the server makes to the caller; nothing to call.
    ctx.warn(`${at}/callbacks`, "callbacks are not supported: no code is generated for them");
  }
}

/** The status and headers carry information only when headers are declared or 2xx codes differ. */
function wantsRawVariant(success: Response[]): boolean {
  return success.length > 1 || success.some((response) => response.headers.length > 0);
}

function argumentDocs(parameters: ParameterGroup[], body: RequestBody | undefined): ArgumentDoc[] {
  const docs: ArgumentDoc[] = parameters.flatMap((group) =>
    group.parameters
      .filter((p) => p.doc.description || p.doc.deprecated)
      .map((p) => ({ name: `${group.location}.${p.name}`, doc: p.doc })),
  );
  if (body?.doc.description) docs.push({ name: "body", doc: body.doc });
  return docs;
}

/** Every operation under `paths`, in document order. */
export function buildOperations(ctx: ModelContext, scope: OperationScope): Operation[] {
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(ctx.document.paths ?? {})) {
    const item = deref<PathItemObject>(ctx, rawItem as PathItemObject, joinPointer(["paths", path]));
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation) operations.push(buildOperation(ctx, scope, { path, method, item, operation }));
    }
  }
  return operations;
}
