// The data generated code hands the runtime (README glossary: "descriptor"). Generated files
// hold one OperationDescriptor per operation (as JSON text, parsed on its first call: see
// call-operation.ts) and one SchemeDescriptors map per document; the runtime reads nothing
// else from the document. A leaf: this file imports nothing, so the generator
// may import it too (its HTTP methods and these shapes are one contract).

/**
 * OpenAPI 3.1 §4.8.8 (Path Item Object): the fixed fields that are operations, in the order
 * keyway walks them. The one list: the generator imports it too.
 */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export type HttpMethod = (typeof HTTP_METHODS)[number];

/** OpenAPI 3.1 §4.8.12.4 (Style Values). */
export type ParameterStyle =
  | "matrix"
  | "label"
  | "simple"
  | "form"
  | "spaceDelimited"
  | "pipeDelimited"
  | "deepObject";

export interface ParameterDescriptor {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  style: ParameterStyle;
  explode: boolean;
  allowReserved?: boolean;
  /** Parameters described with `content` are serialized as that media type (JSON). */
  contentType?: string;
}

export type BodyKind = "json" | "form" | "multipart" | "binary" | "text";

/** OpenAPI 3.1 §4.8.15 (Encoding Object), per property of a form or multipart body. */
export interface EncodingDescriptor {
  contentType?: string;
  style?: ParameterStyle;
  explode?: boolean;
  allowReserved?: boolean;
}

export interface BodyMediaDescriptor {
  type: string;
  kind: BodyKind;
  encoding?: Record<string, EncodingDescriptor>;
}

export interface BodyDescriptor {
  required: boolean;
  /** The first entry is the default when the caller does not pick a `contentType`. */
  media: readonly BodyMediaDescriptor[];
}

export type ResponseKind = "json" | "text" | "binary" | "none";

/**
 * How a declared response header's text becomes its schema's type (OpenAPI 3.1 §4.8.21,
 * style `simple`: an array is its items joined by commas); `json` for a header described with
 * a JSON `content`. Headers of type string are not listed: they stay as sent.
 */
export type HeaderParse = "integer" | "number" | "boolean" | "json" | "string[]" | "integer[]" | "number[]" | "boolean[]";

/** One alternative of a security requirement: scheme name -> scopes, all needed (AND). */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

export interface OperationDescriptor {
  id: string;
  method: HttpMethod;
  /** The path template exactly as in the document, e.g. `/pets/{petId}`. */
  path: string;
  params: readonly ParameterDescriptor[];
  body?: BodyDescriptor;
  /** How to read each declared response: status code, `2XX`-style range, or `default`. */
  responses: Readonly<Record<string, ResponseKind>>;
  /**
   * Per declared success status (as in `responses`): lower-case header name -> how to parse
   * it, for the `WithResponse` variant. Absent when no success response declares a typed header.
   */
  headers?: Readonly<Record<string, Readonly<Record<string, HeaderParse>>>>;
  /** Alternatives (OR). Empty: no credentials needed. `{}` among them: anonymous allowed. */
  security: readonly SecurityRequirement[];
  /**
   * The server the operation declares in place of the document's (OpenAPI 3.1 §4.8.10), e.g.
   * GitHub's uploads host. Used while the client's baseURL is the document's default.
   */
  server?: string;
}

/** OpenAPI 3.1 §4.8.29 (OAuth Flow Object). */
export interface OAuthFlowDescriptor {
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  scopes?: Readonly<Record<string, string>>;
}

/** OpenAPI 3.1 §4.8.27 (Security Scheme Object), as the runtime reads it. */
export type SchemeDescriptor =
  | { readonly type: "http"; readonly scheme: string; readonly bearerFormat?: string }
  | { readonly type: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly name: string }
  | {
      readonly type: "oauth2";
      readonly flows: {
        readonly implicit?: OAuthFlowDescriptor;
        readonly password?: OAuthFlowDescriptor;
        readonly clientCredentials?: OAuthFlowDescriptor;
        readonly authorizationCode?: OAuthFlowDescriptor;
      };
    }
  | { readonly type: "openIdConnect"; readonly openIdConnectUrl: string }
  | { readonly type: "mutualTLS" };

/** A document's `schemes`: securitySchemes name -> SchemeDescriptor. */
export type SchemeDescriptors = Readonly<Record<string, SchemeDescriptor>>;

/**
 * How a read operation pages, for queries.ts's infinite queries (generator/model/pagination.ts
 * detects it). `items` and `next` are property paths into the body; `[]` is the body itself.
 */
export type PagingDescriptor =
  | { kind: "cursor"; param: string; next: string[] }
  | { kind: "offset"; param: string; limit?: string; items: string[] }
  | { kind: "page"; param: string; first: number; limit?: string; items: string[] }
  | { kind: "link"; params: string[] };

/** Per operation name: its operationId, method, path template and declared error statuses (errors.ts). */
export type DeclaredErrorsDescriptor = Record<string, readonly [id: string, method: string, path: string, statuses: readonly string[]]>;
