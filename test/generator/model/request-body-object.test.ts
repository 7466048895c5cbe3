import { describe, expect, test } from "vitest";
import type { RequestBody } from "../../../generator/model/types.js";
import { oneOperation, type TestCase } from "./build.js";

describe("Request Body Object (OpenAPI 3.1 §4.8.13)", () => {
  // How generated code types each media type (templates print it; the model decides it).
  const schema = { bytes: false, string: false, schema: true };
  const bytes = { bytes: true, string: false, schema: false };
  const string = { bytes: false, string: true, schema: false };
  const cases: TestCase<Record<string, unknown>, Partial<RequestBody> | undefined>[] = [
    { name: "no body", given: {}, want: undefined },
    {
      name: "JSON is the default even when listed later",
      given: { requestBody: { required: true, content: { "application/xml": {}, "application/json": {} } } },
      want: { required: true, media: [{ type: "application/json", kind: "json", typed: schema, readWrite: false, encoding: undefined }, { type: "application/xml", kind: "text", typed: string, readWrite: false, encoding: undefined }] },
    },
    {
      name: "+json suffix is JSON",
      given: { requestBody: { content: { "application/merge-patch+json": {} } } },
      want: { required: false, media: [{ type: "application/merge-patch+json", kind: "json", typed: schema, readWrite: false, encoding: undefined }] },
    },
    {
      name: "form with encoding",
      given: { requestBody: { content: { "application/x-www-form-urlencoded": { encoding: { tags: { style: "form", explode: false } } } } } },
      want: { media: [{ type: "application/x-www-form-urlencoded", kind: "form", typed: schema, readWrite: false, encoding: { tags: { style: "form", explode: false, contentType: undefined, allowReserved: undefined } } }] },
    },
    {
      name: "multipart, binary and text",
      given: { requestBody: { content: { "multipart/form-data": {}, "application/octet-stream": {}, "text/plain": {} } } },
      want: { media: [{ type: "multipart/form-data", kind: "multipart", typed: schema, readWrite: false, encoding: undefined }, { type: "application/octet-stream", kind: "binary", typed: bytes, readWrite: false, encoding: undefined }, { type: "text/plain", kind: "text", typed: string, readWrite: false, encoding: undefined }] },
    },
  ];
  test.each(cases)("$name", ({ given, want }) => {
    const { operation } = oneOperation({ ...given });
    if (want === undefined) expect(operation.body).toBeUndefined();
    else expect(operation.body).toMatchObject(want);
  });

  test("a required body makes the argument required", () => {
    expect(oneOperation({ requestBody: { required: true, content: { "application/json": {} } } }).operation.argsRequired).toBe(true);
    expect(oneOperation({ requestBody: { content: { "application/json": {} } } }).operation.argsRequired).toBe(false);
  });
});
