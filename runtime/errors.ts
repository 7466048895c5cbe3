// The error for an HTTP answer outside 2xx (DESIGN §3). It carries what a caller needs to
// react (status, decoded body, headers) and nothing that could leak a credential: no
// request config, no URL (query strings can hold api keys), credential headers redacted.
import type { HttpMethod } from "./descriptors.js";

export interface ApiErrorInit<Status extends number, Data> {
  status: Status;
  data: Data;
  headers: Record<string, string>;
  operationId: string;
  method: HttpMethod;
  /** The path template, e.g. `/pets/{petId}`: never the filled-in URL. */
  path: string;
  /** Why a 2xx was still an error (a body that does not parse); absent otherwise. */
  reason?: string | undefined;
}

// Fields are `declare`d and set in the constructor: emitted as class fields they would each
// cost a defineProperty helper call in bundles for pre-ES2022 targets.
export class ApiError<Status extends number = number, Data = unknown> extends Error {
  declare readonly name: "ApiError";
  declare readonly status: Status;
  declare readonly data: Data;
  declare readonly headers: Record<string, string>;
  declare readonly operationId: string;
  declare readonly method: HttpMethod;
  declare readonly path: string;

  constructor(init: ApiErrorInit<Status, Data>) {
    const what = `${init.method.toUpperCase()} ${init.path}`;
    super(init.reason ? `${what} returned ${init.status}: ${init.reason}` : `${what} failed with ${init.status}`);
    this.name = "ApiError";
    this.status = init.status;
    this.data = init.data;
    this.headers = init.headers;
    this.operationId = init.operationId;
    this.method = init.method;
    this.path = init.path;
  }

  /** Error's own `message` is not enumerable; keep it in JSON output. */
  toJSON(): Record<string, unknown> {
    const { name, message, status, operationId, method, path, headers, data } = this;
    return { name, message, status, operationId, method, path, headers, data };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
