// One call per operation and request media type, with arguments made from the document:
// every declared parameter (required or not) and a body built from its schema. What the
// generated client sends for these is what Prism validates.
import type { OpenAPI3 } from "openapi-typescript";
import { resolveRef } from "../../generator/load/refs.js";
import { buildModel } from "../../generator/model/index.js";
import type { ApiModel, MediaType, Operation } from "../../generator/model/types.js";
import { exampleOf, type ExampleContext } from "./prism-examples.js";

type Raw = Record<string, unknown>;

export interface Call {
  /** `getPetById` or, with media, `addPet [multipart/form-data]`. */
  label: string;
  operation: Operation;
  args: Record<string, unknown>;
}

export interface Skipped {
  label: string;
  reason: string;
}

const BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x0d, 0x0a]);

function context(document: OpenAPI3, binary: () => unknown): ExampleContext {
  return { resolve: (ref) => resolveRef(document, ref), binary };
}

function deref(document: OpenAPI3, value: unknown): Raw {
  let node = value as Raw;
  for (let i = 0; i < 20 && typeof node?.$ref === "string"; i++) node = resolveRef(document, node.$ref) as Raw;
  return node ?? {};
}

/** §4.8.12: `example`, then the first of `examples`, then the schema (or the content's). */
function parameterValue(document: OpenAPI3, param: Raw): unknown {
  const ctx = context(document, () => BYTES);
  if ("example" in param) return param.example;
  const examples = Object.values((param.examples as Raw | undefined) ?? {}).map((e) => deref(document, e));
  if (examples.length > 0 && "value" in examples[0]) return examples[0].value;
  const content = param.content as Record<string, Raw> | undefined;
  if (content) {
    const media = Object.values(content)[0] ?? {};
    return "example" in media ? media.example : exampleOf(ctx, media.schema);
  }
  return exampleOf(ctx, param.schema);
}

function rawParameters(document: OpenAPI3, operation: Operation): Map<string, Raw> {
  const item = deref(document, (document.paths as Raw)[operation.path]);
  const byKey = new Map<string, Raw>();
  for (const list of [item.parameters, (item[operation.method] as Raw).parameters]) {
    for (const raw of (list as unknown[] | undefined) ?? []) {
      const param = deref(document, raw);
      byKey.set(`${String(param.in)} ${String(param.name)}`, param);
    }
  }
  return byKey;
}

function parameterArgs(document: OpenAPI3, operation: Operation): Record<string, Raw> {
  const raw = rawParameters(document, operation);
  const args: Record<string, Raw> = {};
  for (const group of operation.parameters) {
    const values: Raw = {};
    for (const param of group.parameters) {
      const value = parameterValue(document, raw.get(`${param.in} ${param.name}`) ?? {});
      if (value !== undefined) values[param.name] = value;
    }
    args[group.location] = values;
  }
  return args;
}

function bodyValue(document: OpenAPI3, operation: Operation, media: MediaType): unknown {
  const op = (deref(document, (document.paths as Raw)[operation.path])[operation.method] ?? {}) as Raw;
  const content = (deref(document, op.requestBody).content ?? {}) as Record<string, Raw>;
  const object = content[media.type] ?? {};
  if (media.kind === "binary") return BYTES;
  const ctx = context(document, () => new Blob([BYTES], { type: "application/octet-stream" }));
  // §4.8.14 Media Type Object: `example`, else the first of `examples`, else the schema.
  const named = Object.values((object.examples as Raw | undefined) ?? {}).map((e) => deref(document, e));
  const example =
    "example" in object ? object.example : named.length > 0 && "value" in named[0] ? named[0].value : exampleOf(ctx, object.schema);
  if (media.kind === "text") return typeof example === "string" ? example : "hello";
  return example;
}

/** Every call to make for `document`; media types the client can not build are skipped. */
export function callsFor(document: OpenAPI3, model: ApiModel = buildModel(document).model): { calls: Call[]; skipped: Skipped[] } {
  const calls: Call[] = [];
  const skipped: Skipped[] = [];
  for (const operation of model.operations) {
    const params = parameterArgs(document, operation);
    const media = operation.body?.media ?? [];
    if (media.length === 0) calls.push({ label: operation.name, operation, args: params });
    media.forEach((m, index) => {
      const label = `${operation.name} [${m.type}]`;
      if (/xml/.test(m.type)) return skipped.push({ label, reason: "XML bodies are strings the caller writes" });
      const args = { ...params, body: bodyValue(document, operation, m), ...(index === 0 ? {} : { contentType: m.type }) };
      calls.push({ label, operation, args });
    });
  }
  return { calls, skipped };
}
