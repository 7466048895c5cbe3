// OpenAPI 3.1 §4.8.9 Path Item Object and §4.8.10 Operation Object.
// https://spec.openapis.org/oas/v3.1.0#operation-object
import type { OperationObject, ParameterObject, PathItemObject, ReferenceObject } from "openapi-typescript";
import { docOf } from "./doc.js";
import { nameFromRoute, safeIdentifier, pascalCase, type NameRegistry } from "./names.js";
import { buildParameters } from "./parameter-object.js";
import { deref, pointer, type ModelContext } from "./ref.js";
import { buildRequestBody } from "./request-body-object.js";
import { buildResponses, splitResponses } from "./responses-object.js";
import { buildRequirements } from "./security-scheme-object.js";
import type { HttpMethod, Operation } from "./types.js";

export const METHODS: readonly HttpMethod[] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export interface OperationScope {
  names: NameRegistry;
  schemes: ReadonlySet<string>;
}

type Params = (ParameterObject | ReferenceObject)[];

export function buildOperation(
  ctx: ModelContext,
  scope: OperationScope,
  route: { path: string; method: HttpMethod; item: PathItemObject; operation: OperationObject },
): Operation {
  const { path, method, item, operation } = route;
  const at = pointer("paths", path, method);
  const id = typeof operation.operationId === "string" && operation.operationId !== ""
    ? operation.operationId
    : nameFromRoute(method, path);
  const wanted = safeIdentifier(id, method);
  const name = scope.names.claim(wanted);
  if (name !== wanted && operation.operationId) {
    ctx.warn(at, `operationId '${operation.operationId}' is already taken; the method is named '${name}'`);
  }
  const parameters = buildParameters(
    ctx,
    { raw: (item.parameters ?? []) as Params, at: pointer("paths", path, "parameters") },
    { raw: (operation.parameters ?? []) as Params, at: `${at}/parameters` },
  );
  const body = buildRequestBody(ctx, operation.requestBody, `${at}/requestBody`);
  const tags = Array.isArray(operation.tags) ? operation.tags.filter((t) => typeof t === "string") : [];
  return {
    id,
    name,
    typeName: pascalCase(name) || `Operation${name}`,
    method,
    path,
    group: tags[0] ?? "default",
    doc: docOf(operation),
    parameters,
    body,
    responses: splitResponses(buildResponses(ctx, operation.responses, `${at}/responses`)),
    argsRequired: parameters.some((group) => group.required) || body?.required === true,
    security: buildRequirements(
      ctx,
      operation.security ?? ctx.document.security,
      scope.schemes,
      operation.security ? `${at}/security` : "#/security",
    ),
  };
}

/** Every operation under `paths`, in document order. */
export function buildOperations(ctx: ModelContext, scope: OperationScope): Operation[] {
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(ctx.document.paths ?? {})) {
    const item = deref<PathItemObject>(ctx, rawItem as PathItemObject, pointer("paths", path));
    if (!item) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) operations.push(buildOperation(ctx, scope, { path, method, item, operation }));
    }
  }
  return operations;
}
