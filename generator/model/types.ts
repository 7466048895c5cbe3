// The intermediate model: plain data describing the API, read by the templates and nothing
// else. No OpenAPI version, no TypeScript source text: those stay in load/ and render/.

// The runtime's descriptors own the words both sides share (methods, serialization styles).
import type { HeaderParse, HttpMethod, ParameterStyle } from "../../runtime/descriptors.js";

export type { HeaderParse, HttpMethod, ParameterStyle };

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export interface Doc {
  summary?: string;
  description?: string;
  deprecated: boolean;
  externalDocs?: { url: string; description?: string };
}

export interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  style: ParameterStyle;
  explode: boolean;
  allowReserved: boolean;
  /** Set when the parameter is described with `content` instead of `schema`. */
  contentType?: string;
  /** Its schema holds readOnly or writeOnly properties at some depth (see MediaType). */
  readWrite: boolean;
  doc: Doc;
}

export interface ParameterGroup {
  location: ParameterLocation;
  /** True when any parameter of this location is required. */
  required: boolean;
  /** True when any parameter of this location holds marks: its type is read through `Writable`. */
  readWrite: boolean;
  parameters: Parameter[];
}

/** How a body or response is put on, or taken off, the wire. */
export type MediaKind = "json" | "form" | "multipart" | "binary" | "text";

export interface EncodingProperty {
  contentType?: string;
  style?: ParameterStyle;
  explode?: boolean;
  allowReserved?: boolean;
}

/** How generated code types a payload: exactly one is true. */
export interface PayloadType {
  /** Raw bytes (a binary kind). */
  bytes: boolean;
  /** The text as received or sent (a text kind). */
  string: boolean;
  /** The type openapi-typescript printed for the media type's schema (JSON, form, multipart). */
  schema: boolean;
}

export interface MediaType {
  /** The media type exactly as the document spells it, e.g. `application/json`. */
  type: string;
  kind: MediaKind;
  typed: PayloadType;
  /**
   * The schema holds readOnly or writeOnly properties at some depth (OpenAPI 3.1 §4.8.24):
   * its type is read through `Writable` in a request body, `Readable` in a response.
   */
  readWrite: boolean;
  encoding?: Record<string, EncodingProperty>;
}

export interface RequestBody {
  required: boolean;
  /** In document order, except that the default (first JSON-like) comes first. */
  media: MediaType[];
  doc: Doc;
}

/** What a parsed header value is typed as; all false: the string the server sent. */
export interface HeaderValueType {
  number: boolean;
  boolean: boolean;
  /** A header described with a JSON `content`: typed `unknown`. */
  json: boolean;
  /** An array of `number`, `boolean` or (all false) `string` items. */
  array: boolean;
}

/** A declared response header (OpenAPI 3.1 §4.8.21), parsed to its schema's type where it has one. */
export interface ResponseHeader {
  /** As the document spells it, e.g. `X-Rate-Limit`. */
  name: string;
  /** Lower case: the key the runtime's headers object uses (RFC 9110 §5.1, case-insensitive). */
  key: string;
  required: boolean;
  /** How the runtime parses the value (generator/model/header-object.ts); absent: kept as text. */
  parse?: HeaderParse;
  value: HeaderValueType;
  doc: Doc;
}

/** How the runtime reads a response body: the `responses` of its operation descriptor. */
export type ResponseReading = "json" | "text" | "binary" | "none";

export interface Response {
  /** `200`, `2XX` or `default`, as in the document. */
  status: string;
  /** The status as a number when it is one exact code (not a range or `default`). */
  code?: number;
  media: MediaType[];
  /** The media type the data is typed by: the first of `media`; absent when there is no content. */
  primary?: MediaType;
  /** What the data is typed as: `primary`'s payload type, or `none` (undefined) without content. */
  dataType: PayloadType & { none: boolean };
  readAs: ResponseReading;
  headers: ResponseHeader[];
  /** Some header is parsed: undeclared headers are then typed `unknown`, as openapi-typescript does. */
  parsedHeaders: boolean;
  doc: Doc;
}

/** One line of an operation's JSDoc about a part of its argument, e.g. `path.petId`. */
export interface ArgumentDoc {
  /** Dotted path below `args`: `query.limit`, `body`. */
  name: string;
  doc: Doc;
}

/** One alternative of a security requirement: every scheme in it is needed (AND). */
export interface SecurityAlternative {
  schemes: { name: string; scopes: string[] }[];
}

export interface Operation {
  /** The operationId as the document gives it, or one made from method and path. */
  id: string;
  /** A safe, unique JavaScript identifier for the method and the standalone function. */
  name: string;
  /** PascalCase stem for the operation's types (`GetPetByIdArgs`, `GetPetByIdData`). */
  typeName: string;
  method: HttpMethod;
  path: string;
  /** The group under `--group-by tag`: the first tag, or `default`. */
  group: string;
  doc: Doc;
  /** Only the locations that have parameters, in the order path, query, header, cookie. */
  parameters: ParameterGroup[];
  body?: RequestBody;
  responses: {
    /** What the call resolves with: every 2xx, or `default` when no 2xx is declared. */
    success: Response[];
    /** Every other declared status (and `default` when some 2xx is declared). */
    error: Response[];
  };
  /** False when nothing is required, so the argument object itself is optional. */
  argsRequired: boolean;
  /** Both parameters and a body: the argument type is their intersection. */
  argsIntersect: boolean;
  /** Neither parameters nor a body: the argument type is an empty record. */
  argsEmpty: boolean;
  /** The described parameters and body, for the `@param` lines of the JSDoc. */
  argumentDocs: ArgumentDoc[];
  /**
   * Set when a success response declares headers or there are several success statuses:
   * the name of the variant that resolves with `{ status, data, headers }`.
   */
  withResponseName?: string;
  /** Some success response declares a parsed header: the variant parses them (runtime/call-operation-headers.ts). */
  parsesHeaders: boolean;
  /**
   * The alternatives (OR). Empty: the operation needs no credentials. An alternative with
   * no schemes means anonymous access is one of the options.
   */
  security: SecurityAlternative[];
  /**
   * Absolute URLs of the servers the operation (or its path item) declares in place of the
   * document's (§4.8.10), variables at their defaults; empty when it declares none.
   */
  servers: string[];
  /**
   * Where calls go instead of the client's default baseURL: the first of `servers` when it
   * differs from that default; never when a base URL was given at generation.
   */
  server?: string;
}

export interface OAuthFlow {
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  scopes: Record<string, string>;
}

export type SecurityScheme =
  | { name: string; type: "http"; scheme: string; bearerFormat?: string; doc: Doc }
  | { name: string; type: "apiKey"; in: "header" | "query" | "cookie"; paramName: string; doc: Doc }
  | {
      name: string;
      type: "oauth2";
      flows: Partial<Record<"implicit" | "password" | "clientCredentials" | "authorizationCode", OAuthFlow>>;
      doc: Doc;
    }
  | { name: string; type: "openIdConnect"; openIdConnectUrl: string; doc: Doc }
  | { name: string; type: "mutualTLS"; doc: Doc };

export interface TagGroup {
  /** The tag as the document names it. */
  tag: string;
  /** A unique property name for the namespace (`api.pets`) and the file name. */
  name: string;
  doc: Doc;
  operations: Operation[];
}

export interface ApiModel {
  title: string;
  version: string;
  doc: Doc;
  /**
   * Server URLs with variables filled in by their defaults; the first is the default base URL.
   * A base URL given at generation comes first, before the document's.
   */
  servers: string[];
  /** Every operation's `server`, once each, in first-seen order. */
  operationServers: string[];
  securitySchemes: SecurityScheme[];
  operations: Operation[];
  /** Operations grouped by tag, in first-seen order; used by `--group-by tag`. */
  groups: TagGroup[];
  /** A named type per schema, for types.ts. */
  schemaTypes: SchemaType[];
  /** A const object and type per named enum, for enums.ts. */
  enums: NamedEnum[];
  /** Set with `--query tanstack`: what queries.ts prints. */
  queries?: QueryModel;
}

export interface Warning {
  /** JSON pointer into the document, e.g. `#/paths/~1pets/get`. */
  pointer: string;
  message: string;
}

/** One `components.schemas` entry under a safe, unique type name (types.ts). */
export interface SchemaType {
  /** The key in `components.schemas`, as the document spells it. */
  key: string;
  /** PascalCase, unique among everything the generated index.ts exports. */
  typeName: string;
  /**
   * Set when the schema holds readOnly or writeOnly properties at some depth: then `typeName`
   * is the schema as responses hold it, and this (`PetWritable`) as request bodies do.
   */
  writableName: string | undefined;
  doc: Doc;
}

/** What an enum member can be; an enum holding anything else (an object, YAML's `.inf`) gets no const object. */
export type EnumValue = string | number | boolean;

export interface EnumMember {
  /** An identifier, unique within its enum (reserved words allowed: it is a property name). */
  key: string;
  value: EnumValue;
  doc: Doc;
}

/** An enum a user can import as a value: `components.schemas` or `components.parameters`. */
export interface NamedEnum {
  /** The const's and the type's name, unique among everything the generated index.ts exports. */
  name: string;
  /** Where schema.ts has its type: `components[section][key]`. */
  section: "schemas" | "parameters";
  key: string;
  doc: Doc;
  members: EnumMember[];
}

/**
 * How an operation pages, so an infinite query can ask for the next page:
 * - `cursor`: the query parameter `param` takes the value found at `next` in the last body;
 * - `offset`: `param` advances by the number of items (at `items`) the last body held;
 * - `page`: `param` counts pages from `first`;
 * - `link`: the next page's query is that of the RFC 8288 `Link` header's `rel="next"` URL.
 * `items` and `next` are property paths into the body; `[]` is the body itself.
 */
export type Paging =
  | { kind: "cursor"; param: string; next: string[] }
  | { kind: "offset"; param: string; limit?: string; items: string[] }
  | { kind: "page"; param: string; first: number; limit?: string; items: string[] }
  | { kind: "link"; params: string[] };

/** What queries.ts prints for one operation; names are unique within queries.ts. */
export interface QueryOperation {
  /** The operation's `name` (its function in operations.ts). */
  name: string;
  typeName: string;
  argsRequired: boolean;
  /** Reads (GET, HEAD) get query options; every other method mutation options. */
  read: boolean;
  keyName: string;
  optionsName: string;
  /** Set for reads that page. */
  infiniteName?: string;
  paging?: Paging;
  /** What a page param is: a `link` query, a `cursor` value, or else a number. */
  pageParam: { query: boolean; cursor: boolean };
  /** Set for `link` paging: the variant that resolves with the headers. */
  withResponseName?: string;
  /** Header, query and cookie parameters that may carry a credential: never put in a key. */
  secretParams: { in: ParameterLocation; name: string }[];
}

export interface QueryModel {
  /** The first element of every key: names the document, so two clients' keys never collide. */
  scope: string;
  operations: QueryOperation[];
}
