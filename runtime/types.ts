// The data the generated code hands to the runtime. Generated files hold one OperationSpec
// per operation (as JSON text, parsed on its first call: see bind.ts) and one SchemeMap per
// document; the runtime reads nothing else from the document. Only relative imports and axios are allowed anywhere in runtime/.
import type { AxiosInstance } from "axios";
import type { AuthHandle, AuthSetup } from "./auth/install.js";
import type { SchemeHandlers } from "./auth/schemes.js";

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

export type ParamStyle =
  | "matrix"
  | "label"
  | "simple"
  | "form"
  | "spaceDelimited"
  | "pipeDelimited"
  | "deepObject";

export interface ParamSpec {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  style: ParamStyle;
  explode: boolean;
  allowReserved?: boolean;
  /** Parameters described with `content` are serialized as that media type (JSON). */
  contentType?: string;
}

export type BodyKind = "json" | "form" | "multipart" | "binary" | "text";

export interface EncodingSpec {
  contentType?: string;
  style?: ParamStyle;
  explode?: boolean;
  allowReserved?: boolean;
}

export interface BodyMediaSpec {
  type: string;
  kind: BodyKind;
  encoding?: Record<string, EncodingSpec>;
}

export interface BodySpec {
  required: boolean;
  /** The first entry is the default when the caller does not pick a `contentType`. */
  media: readonly BodyMediaSpec[];
}

export type ResponseKind = "json" | "text" | "binary" | "none";

/** One alternative of a security requirement: scheme name -> scopes, all needed (AND). */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

export interface OperationSpec {
  id: string;
  method: HttpMethod;
  /** The path template exactly as in the document, e.g. `/pets/{petId}`. */
  path: string;
  params: readonly ParamSpec[];
  body?: BodySpec;
  /** How to read each declared response: status code, `2XX`-style range, or `default`. */
  responses: Readonly<Record<string, ResponseKind>>;
  /** Alternatives (OR). Empty: no credentials needed. `{}` among them: anonymous allowed. */
  security: readonly SecurityRequirement[];
  /**
   * The server the operation declares in place of the document's (OpenAPI §4.8.10), e.g.
   * GitHub's uploads host. Used while the client's baseURL is the document's default.
   */
  server?: string;
}

export interface OAuthFlowSpec {
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  scopes?: Readonly<Record<string, string>>;
}

export type SchemeSpec =
  | { readonly type: "http"; readonly scheme: string; readonly bearerFormat?: string }
  | { readonly type: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly name: string }
  | {
      readonly type: "oauth2";
      readonly flows: {
        readonly implicit?: OAuthFlowSpec;
        readonly password?: OAuthFlowSpec;
        readonly clientCredentials?: OAuthFlowSpec;
        readonly authorizationCode?: OAuthFlowSpec;
      };
    }
  | { readonly type: "openIdConnect"; readonly openIdConnectUrl: string }
  | { readonly type: "mutualTLS" };

export type SchemeMap = Readonly<Record<string, SchemeSpec>>;

/** What a generated `createClient` passes to `createRuntimeClient`. */
export interface ApiSpec<S extends SchemeMap = SchemeMap> {
  schemes: S;
  /** Server URLs from the document; the first is the default baseURL. */
  servers: readonly string[];
  /**
   * Every `OperationSpec.server`. While the client's baseURL is the document's default, those
   * operations go there and, declared by the same document, these origins may receive
   * credentials too. A baseURL of the caller's (a proxy, a test server) replaces them all.
   */
  operationServers?: readonly string[];
  /**
   * The auth layer: its installer and the handlers of the scheme types in `schemes`
   * (runtime/auth/handlers.ts), imported one by one so a bundle keeps only these. Absent for
   * a document without security schemes, whose client then carries no auth code at all.
   */
  authRuntime?: AuthRuntime;
}

export interface AuthRuntime {
  install(instance: AxiosInstance, setup: AuthSetup): AuthHandle;
  handlers: SchemeHandlers;
}

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
}

/** What the request path attaches to each axios request config for the auth interceptors. */
export interface RequestMeta {
  operation: OperationSpec;
  /** False when the body is a stream (or anything else that can not be sent twice). */
  replayable: boolean;
}

declare module "axios" {
  interface AxiosRequestConfig {
    /** keyway's per-request data; set by the runtime's request path only. */
    keyway?: RequestMeta;
  }
}
