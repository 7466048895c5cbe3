// A document with what --watch's kept schema.ts passes (generator/types/pass-memory.ts) must
// notice change: refs several levels deep, a discriminator, readOnly/writeOnly, named enums,
// shared parameters and request bodies, webhooks, $defs, operationIds that repeat. And the
// edits a user makes, one after another, each a function of the document before it.

export type Json = Record<string, unknown>;

const json = (schema: Json) => ({ content: { "application/json": { schema } } });
const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const ok = (schema: Json) => ({ "200": { description: "ok", ...json(schema) } });

export function watchDocument(): Json {
  return {
    openapi: "3.1.0",
    info: { title: "Watched", version: "1" },
    servers: [{ url: "https://api.example.com" }],
    paths: {
      "/orders": {
        parameters: [ref("parameters", "Limit")],
        get: { operationId: "listOrders", responses: ok({ type: "array", items: ref("schemas", "Order") }) },
        post: { operationId: "createOrder", requestBody: ref("requestBodies", "NewOrder"), responses: ok(ref("schemas", "Order")) },
      },
      "/orders/{id}": {
        get: {
          operationId: "getOrder",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { ...ok(ref("schemas", "Order")), "404": ref("responses", "NotFound") },
        },
      },
      "/pets": { get: { operationId: "listPets", parameters: [ref("parameters", "Limit")], responses: ok(ref("schemas", "Pet")) } },
      "/status": { get: { responses: ok({ type: "object", properties: { up: { type: "boolean" } } }) } },
    },
    webhooks: { orderShipped: { post: { operationId: "orderShipped", requestBody: json(ref("schemas", "Order")), responses: { "204": { description: "none" } } } } },
    components: {
      parameters: { Limit: { name: "limit", in: "query", schema: { type: "integer" } } },
      requestBodies: { NewOrder: { required: true, ...json(ref("schemas", "Order")) } },
      responses: { NotFound: { description: "missing", ...json({ $ref: "#/$defs/Problem" }) } },
      headers: { RateLimit: { schema: { type: "integer" } } },
      schemas: {
        Order: { type: "object", required: ["id"], properties: { id: ref("schemas", "Id"), lines: { type: "array", items: ref("schemas", "Line") }, state: ref("schemas", "State") } },
        Line: { type: "object", properties: { sku: { type: "string" }, price: ref("schemas", "Money") } },
        Money: { type: "object", properties: { amount: { type: "number" }, currency: { type: "string" } } },
        Id: { type: "string" },
        State: { type: "string", enum: ["open", "shipped"], "x-enum-varnames": ["Open", "Shipped"] },
        Pet: { oneOf: [ref("schemas", "Cat"), ref("schemas", "Dog")], discriminator: { propertyName: "kind" } },
        Cat: { allOf: [ref("schemas", "Base")], properties: { kind: { type: "string" }, lives: { type: "integer" } }, required: ["kind"] },
        Dog: { type: "object", properties: { kind: { type: "string" }, bark: { type: "boolean" } } },
        Base: { type: "object", properties: { name: { type: "string" } } },
      },
    },
    $defs: { Problem: { type: "object", properties: { title: { type: "string" } } } },
  };
}

/** `sameTypes`: the edit leaves schema.ts as it was (it changes other files). */
export type Edit = [what: string, edit: (document: Json) => void, sameTypes?: true];

/** The object at `keys` under `document` (each step an object the document has). */
export const at = (document: Json, ...keys: string[]): Json => keys.reduce((node, key) => node[key] as Json, document);

const rename = (document: Json, from: string, to: string): void => {
  const text = JSON.stringify(document).replaceAll(`"#/components/schemas/${from}"`, `"#/components/schemas/${to}"`);
  const renamed = JSON.parse(text) as Json;
  const components = at(renamed, "components");
  components.schemas = Object.fromEntries(Object.entries(at(components, "schemas")).map(([name, schema]) => [name === from ? to : name, schema]));
  for (const key of Object.keys(document)) delete document[key];
  Object.assign(document, renamed);
};

const operations = (document: Json): Json[] =>
  ["paths", "webhooks"].flatMap((root) => Object.values(at(document, root)).flatMap((item) => Object.values(item as Json).filter((op) => !Array.isArray(op)) as Json[]));

/** The kinds of edit the issue names, then the ones the kept passes are keyed on. */
export const EDITS: Edit[] = [
  ["an operation's own schema", (d) => (at(d, "paths", "/status", "get", "responses", "200", "content", "application/json", "schema", "properties").up = { type: "string" })],
  ["an operation added", (d) => (at(d, "paths", "/orders/{id}").delete = { operationId: "deleteOrder", responses: { "204": { description: "gone" } } })],
  ["an operation removed", (d) => delete at(d, "paths")["/pets"]],
  ["a component three refs deep (Money, via Line and Order)", (d) => (at(d, "components", "schemas", "Money", "properties").amount = { type: "string" })],
  ["a component renamed, with its refs", (d) => rename(d, "Order", "Purchase")],
  ["a readOnly property behind a $ref", (d) => (at(d, "components", "schemas", "Id").readOnly = true)],
  ["a writeOnly property", (d) => (at(d, "components", "schemas", "Money", "properties", "currency").writeOnly = true)],
  ["the discriminator's mapping", (d) => (at(d, "components", "schemas", "Pet", "discriminator").mapping = { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" })],
  ["a discriminated schema's own property", (d) => (at(d, "components", "schemas", "Dog", "properties").bark = { type: "string" })],
  ["a named enum's values and names", (d) => Object.assign(at(d, "components", "schemas", "State"), { enum: ["open", "closed"], "x-enum-varnames": ["Open", "Closed"] })],
  ["a shared parameter's schema", (d) => (at(d, "components", "parameters", "Limit").schema = { type: "string" })],
  ["a shared request body made optional", (d) => (at(d, "components", "requestBodies", "NewOrder").required = false)],
  ["an operationId renamed", (d) => (at(d, "paths", "/orders", "get").operationId = "allOrders")],
  ["an operationId repeated (keyed by its renamed twin)", (d) => (at(d, "paths", "/orders/{id}", "get").operationId = "allOrders")],
  ["a webhook", (d) => (at(d, "webhooks", "orderShipped", "post", "responses", "204").description = "seen")],
  ["info, outside every root", (d) => (at(d, "info").description = "Now described."), true],
  ["every operationId removed", (d) => operations(d).forEach((operation) => delete operation.operationId)],
];
