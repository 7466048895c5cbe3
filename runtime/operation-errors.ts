// `isApiError(error, "getPet")`: true only for an ApiError that operation raised with a status
// the document declares for it (OpenAPI 3.1 §4.8.16: a code, a range like `4XX`, or
// `default`), so narrowing its `status` and `data` to the declared responses is not a lie.
import type { DeclaredErrorsDescriptor as DeclaredErrors } from "./descriptors.js";
import { ApiError } from "./errors.js";

export function isDeclaredError(value: unknown, declared: DeclaredErrors, operation: string): boolean {
  const entry = Object.hasOwn(declared, operation) ? declared[operation] : undefined;
  if (!(value instanceof ApiError) || entry === undefined) return false;
  const [id, method, path, statuses] = entry;
  // operationIds may repeat in a document; with method and path the operation is one.
  if (value.operationId !== id || value.method !== method || value.path !== path) return false;
  const status = String(value.status);
  return statuses.some((declaredStatus) =>
    declaredStatus === "default" || declaredStatus === status || (/^[1-5]XX$/.test(declaredStatus) && declaredStatus[0] === status[0]),
  );
}
