// The runtime's own contracts besides the descriptors: what a generated createClient passes
// (ApiDescriptor), what each operation takes (RequestArgs, RequestOptions), and the metadata
// the request path hangs on each axios config for the auth interceptors. A leaf: types only,
// importing other leaf contracts and axios. Only relative imports and axios are allowed
// anywhere in runtime/.
import type { AuthRuntime } from "./auth/contracts.js";
import type { BodyKind, BodyMediaDescriptor, OperationDescriptor, ResponseKind, SchemeDescriptors } from "./descriptors.js";

/** What a generated `createClient` passes to `createRuntimeClient`, once per client. */
export interface ApiDescriptor<S extends SchemeDescriptors = SchemeDescriptors> {
  schemes: S;
  /** Server URLs from the document; the first is the default baseURL. */
  servers: readonly string[];
  /**
   * Every `OperationDescriptor.server`. While the client's baseURL is the document's default,
   * those operations go there and, declared by the same document, these origins may receive
   * credentials too. A baseURL of the caller's (a proxy, a test server) replaces them all.
   */
  operationServers?: readonly string[];
  /**
   * The auth layer: its installer and the handlers of the scheme types in `schemes`
   * (runtime/auth/schemes/handlers.ts). Absent for a document without security schemes,
   * whose client then carries no auth code at all.
   */
  authRuntime?: AuthRuntime;
  /**
   * The body encoders and parameter styles the document's operations use (besides `simple`
   * and `form`, always there), imported one by one by the generated security.ts so a bundle
   * keeps only those: an app that sends JSON carries no multipart code.
   */
  codecs?: Codecs;
}

/** ApiDescriptor.codecs: body encoders by kind (runtime/body.ts), styles by name (runtime/style.ts). */
export interface Codecs {
  body?: { readonly [K in BodyKind]?: BodyEncoder };
  style?: StyleCodecs;
  /** Present when some operation declares a binary response (runtime/response-binary.ts). */
  binaryResponse?: BinaryResponses;
}

/** Raw bytes for operations with a binary response: which axios responseType, and how to read them. */
export interface BinaryResponses {
  responseType(): "arraybuffer" | "blob";
  decode(raw: unknown, kind: ResponseKind | undefined, contentType: string | undefined): Promise<unknown>;
}

/** OpenAPI 3.1 §4.8.12.4: the styles besides the defaults, `simple` (path, header) and `form` (query, cookie). */
export interface StyleCodecs {
  matrix?: SegmentStyle;
  label?: SegmentStyle;
  spaceDelimited?: PairStyle;
  pipeDelimited?: PairStyle;
  deepObject?: PairStyle;
  /** §4.8.12.1 `allowReserved`: the encoder that lets reserved characters through (runtime/encode.ts). */
  allowReserved?: (value: string) => string;
}

/** One parameter (or form property) to serialize; its style is the serializer it is given to. */
export interface StyleInput {
  name: string;
  explode: boolean;
  value: unknown;
  /** Encodes names and values; delimiters the style itself adds are never encoded. */
  encode: (value: string) => string;
}

/** A path-position style: the one string that replaces `{name}`. */
export type SegmentStyle = (input: StyleInput) => string;
/** A query-position style: `name=value` pairs, joined by the caller. */
export type PairStyle = (input: StyleInput) => string[];

/** A request body as axios sends it: encoded once, so a retry resends the same bytes. */
export interface EncodedBody {
  data?: unknown;
  /** Absent when no body is sent. */
  contentType?: string;
  /** False for a stream: a 401 retry could not send it twice (DESIGN §4.6). */
  replayable: boolean;
}

/** Encodes the caller's body as one declared media type; form bodies read the styles too. */
export type BodyEncoder = (body: unknown, media: BodyMediaDescriptor, codecs: Codecs) => EncodedBody;

/** The argument object of every operation: each part present as the document says. */
export interface RequestArgs {
  path?: object;
  query?: object;
  header?: object;
  cookie?: object;
  body?: unknown;
  /** Picks one of the operation's request media types; the first declared is the default. */
  contentType?: string;
}

/** Per-call options, the second argument of every operation. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Milliseconds for this call (each attempt); overrides the client's default. */
  timeout?: number;
  /** Extra headers; a header the caller sets here wins over one the runtime would add. */
  headers?: Record<string, string>;
  /** Send and accept the API's cookies for this call (cookie sessions); overrides the client's option. */
  withCredentials?: boolean;
}

/** What the request path attaches to each axios request config for the auth interceptors. */
export interface RequestMeta {
  operation: OperationDescriptor;
  /** False when the body is a stream (or anything else that can not be sent twice). */
  replayable: boolean;
}

declare module "axios" {
  interface AxiosRequestConfig {
    /** keyway's per-request data; set by the runtime's request path only. */
    keyway?: RequestMeta;
  }
}
