// Given/want helpers for model tests: a minimal document around the part under test.
import type { OpenAPI3 } from "openapi-typescript";
import { buildModel } from "../../../generator/model/index.js";

export interface TestCase<Given, Want> {
  name: string;
  given: Given;
  want: Want;
}

export function documentWith(parts: Partial<OpenAPI3>): OpenAPI3 {
  return { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, ...parts };
}

/** The model of a document with one operation `GET /x` made of `operation`. */
export function oneOperation(operation: Record<string, unknown>, rest: Partial<OpenAPI3> = {}) {
  const { model, warnings } = buildModel(
    documentWith({ paths: { "/x": { get: { responses: { "200": { description: "ok" } }, ...operation } } } as never, ...rest }),
  );
  return { operation: model.operations[0], warnings };
}
