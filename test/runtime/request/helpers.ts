// Hand-written OperationDescriptors and a client against the echo server.
import type { AxiosInstance } from "axios";
import { createRuntimeClient, type RuntimeClient } from "../../../runtime/client.js";
import type { OperationDescriptor, ParameterDescriptor, SchemeDescriptors } from "../../../runtime/descriptors.js";
import { allCodecs } from "../../support/all-codecs.js";

export function op(partial: Partial<OperationDescriptor> & Pick<OperationDescriptor, "path">): OperationDescriptor {
  return {
    id: "testOp",
    method: "get",
    params: [],
    responses: { "200": "json", default: "json" },
    security: [],
    ...partial,
  };
}

export function param(name: string, where: ParameterDescriptor["in"], style: ParameterDescriptor["style"], explode: boolean, extra: Partial<ParameterDescriptor> = {}): ParameterDescriptor {
  return { name, in: where, style, explode, ...extra };
}

export function client(baseURL: string, schemes: SchemeDescriptors = {}, axios?: AxiosInstance, timeout?: number): RuntimeClient {
  return createRuntimeClient({ schemes, servers: [], codecs: allCodecs }, { baseURL, axios, timeout });
}

export const COLOR = {
  empty: null,
  string: "blue",
  array: ["blue", "black", "brown"],
  object: { R: 100, G: 200, B: 150 },
} as const;
