// Deterministic synthetic OpenAPI 3.0 documents for the scaling series. Operations come in
// groups of five per resource (list, create, get, update, delete) with what real APIs have:
// shared and inline parameters, request bodies, $refs across resources, error responses
// by reference, and security alternatives (OR), combinations (AND) and public operations.
// No randomness: the operation index decides every variation, so a size is one document.
import { writeFileSync } from "node:fs";

const STATUSES = ["active", "archived", "pending", "deleted"];
const NOUNS = ["account", "invoice", "repository", "webhook", "customer", "payment", "project", "ticket"];

export function syntheticDocument(operations) {
  const resources = Math.ceil(operations / 5);
  const doc = {
    openapi: "3.0.3",
    info: { title: `Synthetic API (${operations} operations)`, version: "1.0.0" },
    servers: [{ url: "https://api.example.com/v1" }],
    security: [{ bearerAuth: [] }],
    tags: [],
    paths: {},
    components: sharedComponents(),
  };
  let remaining = operations;
  for (let i = 0; i < resources; i++) {
    const ops = Math.min(5, remaining);
    remaining -= ops;
    addResource(doc, i, ops);
  }
  return doc;
}

function sharedComponents() {
  return {
    securitySchemes: {
      bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
      apiKey: { type: "apiKey", in: "header", name: "X-API-Key" },
      oauth2: {
        type: "oauth2",
        flows: {
          clientCredentials: {
            tokenUrl: "https://auth.example.com/oauth/token",
            scopes: { read: "Read access", write: "Write access" },
          },
        },
      },
    },
    parameters: {
      Limit: { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
      Cursor: { name: "cursor", in: "query", schema: { type: "string" }, description: "Opaque pagination cursor." },
      RequestId: { name: "X-Request-Id", in: "header", schema: { type: "string", format: "uuid" } },
    },
    responses: {
      Error: {
        description: "The request failed.",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    },
    schemas: {
      Error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: { type: "string" },
          message: { type: "string" },
          details: { type: "array", items: { type: "object", additionalProperties: true } },
        },
      },
      User: {
        type: "object",
        required: ["id", "login"],
        properties: {
          id: { type: "integer", format: "int64" },
          login: { type: "string" },
          email: { type: "string", format: "email", nullable: true },
        },
      },
    },
  };
}

function addResource(doc, i, ops) {
  const noun = NOUNS[i % NOUNS.length];
  const Name = `${noun[0].toUpperCase()}${noun.slice(1)}${i}`;
  const tag = `${noun}s${i % 50}`;
  const base = `/${noun}s${i}`;
  const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
  const json = (schema) => ({ "application/json": { schema } });
  const errors = { "4XX": { $ref: "#/components/responses/Error" }, default: { $ref: "#/components/responses/Error" } };
  const idParam = { name: `${noun}Id`, in: "path", required: true, schema: { type: "string" } };
  const readSecurity = i % 7 === 0 ? [] : [{ bearerAuth: [] }, { apiKey: [] }];
  const writeSecurity = i % 3 === 0 ? [{ oauth2: ["write"], apiKey: [] }] : [{ oauth2: ["write"] }];

  if (i % 50 === 0 || i < 50) doc.tags.push({ name: tag, description: `Operations on ${noun}s (group ${i % 50}).` });
  Object.assign(doc.components.schemas, resourceSchemas(Name, i, ref));

  const list = {
    operationId: `list${Name}s`,
    tags: [tag],
    summary: `List ${noun}s`,
    description: `Returns a page of ${noun}s, newest first.`,
    security: readSecurity,
    parameters: [
      { $ref: "#/components/parameters/Limit" },
      { $ref: "#/components/parameters/Cursor" },
      { name: "status", in: "query", style: "form", explode: true, schema: { type: "array", items: { type: "string", enum: STATUSES } } },
      { name: "filter", in: "query", style: "deepObject", explode: true, schema: { type: "object", properties: { owner: { type: "string" }, since: { type: "string", format: "date-time" } } } },
    ],
    responses: { 200: { description: "A page.", content: json(ref(`${Name}List`)) }, ...errors },
  };
  const create = {
    operationId: `create${Name}`,
    tags: [tag],
    summary: `Create a ${noun}`,
    security: writeSecurity,
    parameters: [{ $ref: "#/components/parameters/RequestId" }],
    requestBody: {
      required: true,
      content: i % 4 === 3
        ? { ...json(ref(`${Name}Create`)), "application/x-www-form-urlencoded": { schema: ref(`${Name}Create`) } }
        : json(ref(`${Name}Create`)),
    },
    responses: { 201: { description: "Created.", content: json(ref(Name)) }, ...errors },
  };
  const get = {
    operationId: `get${Name}`,
    tags: [tag],
    summary: `Get a ${noun}`,
    security: readSecurity,
    parameters: [{ name: "expand", in: "query", schema: { type: "array", items: { type: "string", enum: ["owner", "parent"] } } }],
    responses: { 200: { description: "The resource.", content: json(ref(Name)) }, 404: { $ref: "#/components/responses/Error" }, ...errors },
  };
  const update = {
    operationId: `update${Name}`,
    tags: [tag],
    summary: `Update a ${noun}`,
    ...(i % 11 === 0 ? { deprecated: true } : {}),
    security: writeSecurity,
    requestBody: {
      required: true,
      content: json({ type: "object", properties: { name: { type: "string" }, status: { type: "string", enum: STATUSES }, labels: { type: "object", additionalProperties: { type: "string" } } } }),
    },
    responses: { 200: { description: "Updated.", content: json(ref(Name)) }, ...errors },
  };
  const remove = {
    operationId: `delete${Name}`,
    tags: [tag],
    summary: `Delete a ${noun}`,
    security: writeSecurity,
    responses: { 204: { description: "Deleted." }, ...errors },
  };
  const [a, b, c, d, e] = [list, create, get, update, remove].map((op, k) => (k < ops ? op : undefined));
  doc.paths[base] = strip({ get: a, post: b });
  if (ops > 2) doc.paths[`${base}/{${noun}Id}`] = strip({ parameters: [idParam], get: c, patch: d, delete: e });
}

function resourceSchemas(Name, i, ref) {
  // Related resources point at the first of each block of ten, as real APIs point at a few
  // hub schemas (GitHub's simple-user, repository): $refs cross resources, chains stay short.
  const hub = i - (i % 10);
  const previous = hub !== i ? `${NOUNS[hub % NOUNS.length][0].toUpperCase()}${NOUNS[hub % NOUNS.length].slice(1)}${hub}` : null;
  return {
    [Name]: {
      type: "object",
      description: `A ${Name}.`,
      required: ["id", "name", "status", "createdAt"],
      properties: {
        id: { type: "string", format: "uuid", readOnly: true },
        name: { type: "string", maxLength: 200 },
        status: { type: "string", enum: STATUSES },
        createdAt: { type: "string", format: "date-time" },
        count: { type: "integer", format: "int32" },
        amount: { type: "number", nullable: true },
        tags: { type: "array", items: { type: "string" } },
        owner: ref("User"),
        ...(previous ? { related: { allOf: [ref(previous)], nullable: true } } : {}),
        metadata: { type: "object", additionalProperties: { type: "string" } },
        source: { oneOf: [{ type: "string" }, { type: "object", properties: { kind: { type: "string" }, url: { type: "string", format: "uri" } } }] },
      },
    },
    [`${Name}Create`]: {
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string" },
        status: { type: "string", enum: STATUSES, default: "pending" },
        tags: { type: "array", items: { type: "string" } },
        metadata: { type: "object", additionalProperties: { type: "string" } },
      },
    },
    [`${Name}List`]: {
      type: "object",
      required: ["data"],
      properties: { data: { type: "array", items: ref(Name) }, nextCursor: { type: "string", nullable: true } },
    },
  };
}

function strip(object) {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

export function writeSyntheticDocument(operations, file) {
  writeFileSync(file, JSON.stringify(syntheticDocument(operations)));
}

// `node bench/lib/synthetic.mjs 1000 out.json`
if (import.meta.url === `file://${process.argv[1]}`) {
  writeSyntheticDocument(Number(process.argv[2]), process.argv[3]);
}
