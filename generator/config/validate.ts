// Checks the shape of a config file's value by hand, with messages that point at the
// offending property (file#/clients/0/groupBy). The JSON Schema in schema/ describes the
// same shape for editors; test/generator/config/config.test.ts keeps the two in step.
import type { ClientConfig } from "./define.js";
import { ConfigError } from "./errors.js";

export const CLIENT_PROPERTIES = ["input", "output", "groupBy", "baseUrl", "format"] as const;
export const GROUP_BY_VALUES = ["none", "tag"] as const;

type Value = unknown;

function isObject(value: Value): value is Record<string, Value> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The clients a config value declares, each checked. */
export function validateConfig(value: Value, file: string): ClientConfig[] {
  const at = (pointer: string) => ({ file, pointer: pointer === "" ? undefined : `#${pointer}` });
  if (Array.isArray(value)) return clientList(value, "", at);
  if (isObject(value) && "clients" in value) {
    for (const key of Object.keys(value)) {
      if (key !== "clients" && key !== "$schema") throw new ConfigError(`unknown property "${key}"`, at(`/${key}`));
    }
    if (!Array.isArray(value.clients)) throw new ConfigError("must be an array of clients", at("/clients"));
    return clientList(value.clients, "/clients", at);
  }
  if (isObject(value)) return [client(value, "", at, true)];
  throw new ConfigError('must be a client object, an array of clients, or { "clients": [...] }', at(""));
}

type At = (pointer: string) => { file: string; pointer?: string };

function clientList(values: Value[], pointer: string, at: At): ClientConfig[] {
  if (values.length === 0) throw new ConfigError("must list at least one client", at(pointer));
  return values.map((value, index) => {
    if (!isObject(value)) throw new ConfigError("must be an object", at(`${pointer}/${index}`));
    return client(value, `${pointer}/${index}`, at, false);
  });
}

function client(value: Record<string, Value>, pointer: string, at: At, topLevel: boolean): ClientConfig {
  const known: readonly string[] = CLIENT_PROPERTIES;
  for (const key of Object.keys(value)) {
    if (!known.includes(key) && !(topLevel && key === "$schema")) {
      throw new ConfigError(`unknown property "${key}" (known: ${CLIENT_PROPERTIES.join(", ")})`, at(`${pointer}/${key}`));
    }
  }
  const result: ClientConfig = {};
  for (const key of ["input", "output", "baseUrl"] as const) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== "string" || v === "") throw new ConfigError("must be a non-empty string", at(`${pointer}/${key}`));
    result[key] = v;
  }
  if (value.groupBy !== undefined) {
    if (value.groupBy !== "none" && value.groupBy !== "tag") {
      throw new ConfigError('must be "none" or "tag"', at(`${pointer}/groupBy`));
    }
    result.groupBy = value.groupBy;
  }
  if (value.format !== undefined) {
    if (typeof value.format !== "boolean") throw new ConfigError("must be true or false", at(`${pointer}/format`));
    result.format = value.format;
  }
  return result;
}
