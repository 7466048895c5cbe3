// Hand-written OperationSpecs and a client against the echo server.
import type { AxiosInstance } from "axios";
import { createRuntimeClient, type RuntimeClient } from "../../../runtime/index.js";
import type { OperationSpec, ParamSpec, SchemeMap } from "../../../runtime/types.js";

export function op(partial: Partial<OperationSpec> & Pick<OperationSpec, "path">): OperationSpec {
  return {
    id: "testOp",
    method: "get",
    params: [],
    responses: { "200": "json", default: "json" },
    security: [],
    ...partial,
  };
}

export function param(name: string, where: ParamSpec["in"], style: ParamSpec["style"], explode: boolean, extra: Partial<ParamSpec> = {}): ParamSpec {
  return { name, in: where, style, explode, ...extra };
}

export function client(baseURL: string, schemes: SchemeMap = {}, axios?: AxiosInstance, timeout?: number): RuntimeClient {
  return createRuntimeClient({ schemes, servers: [] }, { baseURL, axios, timeout });
}

export const COLOR = {
  empty: null,
  string: "blue",
  array: ["blue", "black", "brown"],
  object: { R: 100, G: 200, B: 150 },
} as const;
