// Builds the axios request config for one call. This is the seam with the auth
// interceptors (runtime/auth/transport), which run after it and may add credentials:
//
//   config.keyway            always set: { operation, replayable } (RequestMeta, contracts.ts)
//   config.url               the filled-in path template, no query string, relative to
//   config.baseURL           the client's resolved baseURL, or the operation's own server
//   config.params            ALWAYS a plain object (possibly empty) of raw query values
//                            keyed by name. Add a credential with
//                              config.params = { ...config.params, [name]: value }
//                            (skip it if `name in config.params`: the caller's wins).
//                            config.paramsSerializer applies each declared parameter's
//                            style; undeclared names go out as `name=value`, RFC
//                            3986-encoded, so an apiKey works on operations with no query.
//                            (Appending `?name=value` to config.url works too: axios adds
//                            the params after it with "&"; redaction covers both places.)
//   config.headers           an AxiosHeaders; set Authorization / apiKey headers with
//                            headers.set(name, value, false) to keep a caller's value.
//                            Cookies: addCookie(headers, name, value) from headers.ts.
//   config.validateStatus    2xx only, so 401/403 reach the interceptor as rejections.
//   config.data              already encoded (transformRequest is the identity), so a
//                            replayable body is resent byte-identical.
//   response.data            raw text (bytes for operations with a binary response):
//                            transformResponse is the identity and decoding happens after
//                            all interceptors, per the operation's declared responses.
//
// axios deep-copies every plain object of a config it is given (mergeConfig), so what is
// the same for every call of an operation (the metadata) is built once per operation and
// handed over as class instances, which it passes by reference. The query serializer
// depends on the client's codecs (contracts.ts), so it is made per call.
import type { AxiosRequestConfig } from "axios";
import type { ClientState } from "./client.js";
import type { Codecs, RequestArgs, RequestMeta, RequestOptions } from "./contracts.js";
import type { OperationDescriptor } from "./descriptors.js";
import { buildPath } from "./path.js";
import { serializeQuery, type QueryParams } from "./query.js";
import { buildHeaders } from "./headers.js";
import { encodeBody } from "./body.js";
import { responseTypeFor } from "./response.js";

const identity = (data: unknown): unknown => data;
const transform = [identity];
const is2xx = (status: number): boolean => status >= 200 && status < 300;

/** RequestMeta as a class instance: axios passes it on by reference instead of deep-copying the operation. */
class Meta implements RequestMeta {
  declare readonly operation: OperationDescriptor;
  declare readonly replayable: boolean;

  constructor(operation: OperationDescriptor, replayable: boolean) {
    this.operation = operation;
    this.replayable = replayable;
  }
}

interface Prepared {
  responseType: "text" | "arraybuffer" | "blob";
  replayable: Meta;
}

const prepared = new WeakMap<OperationDescriptor, Prepared>();

function prepare(operation: OperationDescriptor, codecs: Codecs): Prepared {
  let p = prepared.get(operation);
  if (p === undefined) {
    p = {
      responseType: responseTypeFor(operation, codecs),
      replayable: new Meta(operation, true),
    };
    prepared.set(operation, p);
  }
  return p;
}

export function buildRequestConfig(
  state: ClientState,
  operation: OperationDescriptor,
  args: RequestArgs,
  options: RequestOptions,
): AxiosRequestConfig {
  const codecs = state.api.codecs ?? {};
  const p = prepare(operation, codecs);
  const body = encodeBody(operation, args, codecs);
  const params: QueryParams = {};
  for (const [k, v] of Object.entries(args.query ?? {})) if (v !== undefined) params[k] = v;
  const config: AxiosRequestConfig = {
    method: operation.method,
    baseURL: (state.useOperationServers ? operation.server : undefined) ?? state.baseURL,
    url: buildPath(operation, args.path, codecs.style),
    params,
    paramsSerializer: { serialize: (query: QueryParams) => serializeQuery(query, operation.params, codecs.style) },
    headers: buildHeaders({
      operation,
      header: args.header,
      cookie: args.cookie,
      contentType: body.contentType,
      clientHeaders: state.options.headers,
      callerHeaders: options.headers,
    }),
    responseType: p.responseType,
    transformRequest: transform,
    transformResponse: transform,
    validateStatus: is2xx,
    keyway: body.replayable ? p.replayable : new Meta(operation, false),
  };
  if (body.data !== undefined) config.data = body.data;
  const timeout = options.timeout ?? state.options.timeout;
  if (timeout !== undefined) config.timeout = timeout;
  if (options.signal) config.signal = options.signal;
  // Cookie sessions (DESIGN §4): the browser sends the API's cookies cross-origin only when
  // asked (Fetch §4.4 credentials mode), on public operations too (sign-in, refresh, sign-out).
  const withCredentials = options.withCredentials ?? state.options.withCredentials;
  if (withCredentials !== undefined) config.withCredentials = withCredentials;
  return config;
}
