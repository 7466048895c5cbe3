// Spec features keyway does not generate code for: each one is reported with a warning at
// its JSON pointer, and generation carries on.
import { describe, expect, test } from "vitest";
import { buildModel } from "../../../generator/model/index.js";
import { documentWith, oneOperation, type TestCase } from "./build.js";

describe("warnings for unsupported features", () => {
  const cases: TestCase<Record<string, unknown>, { pointer: string; message: string }[]>[] = [
    {
      name: "callbacks (§4.8.18)",
      given: { callbacks: { onEvent: { "{$request.body#/url}": { post: { responses: {} } } } } },
      want: [{ pointer: "#/paths/~1x/get/callbacks", message: "callbacks are not supported: no code is generated for them" }],
    },
    {
      name: "relative servers of an operation (§4.8.10): relative to where the document was served",
      given: { servers: [{ url: "/v2" }] },
      want: [{ pointer: "#/paths/~1x/get/servers", message: "relative servers of a path item or operation are not used: calls go to the client's baseURL" }],
    },
    {
      name: "links (§4.8.20)",
      given: { responses: { "200": { description: "ok", links: { next: { operationId: "x" } } } } },
      want: [{ pointer: "#/paths/~1x/get/responses/200/links", message: "links are not supported: no code is generated for them" }],
    },
    {
      name: "cookie parameters in browsers",
      given: { parameters: [{ name: "sid", in: "cookie", schema: { type: "string" } }] },
      want: [{ pointer: "#/paths/~1x/get/parameters/0", message: "cookie parameter 'sid' is sent in a Cookie header, which browsers do not let scripts set: it works from Node, not from a browser" }],
    },
    {
      name: "header parameters OpenAPI says to ignore (§4.8.12.1)",
      given: { parameters: [{ name: "Accept", in: "header", schema: { type: "string" } }] },
      want: [{ pointer: "#/paths/~1x/get/parameters/0", message: "header parameter 'Accept' is ignored, as OpenAPI requires; the body and security schemes set that header" }],
    },
    {
      name: "content parameters of a type neither JSON nor text, or of several types",
      given: { parameters: [{ name: "q", in: "query", content: { "application/xml": {}, "application/json": {} } }] },
      want: [
        { pointer: "#/paths/~1x/get/parameters/0/content", message: "parameter 'q' lists 2 media types; only 'application/xml' is used" },
        { pointer: "#/paths/~1x/get/parameters/0/content", message: "parameter 'q' has content 'application/xml'; it is sent JSON-encoded (only JSON and text/* are understood)" },
      ],
    },
    {
      name: "XML bodies",
      given: { requestBody: { content: { "application/xml": {}, "application/atom+xml": {}, "application/json": {} } } },
      want: [
        { pointer: "#/paths/~1x/get/requestBody/content/application~1xml", message: "'application/xml' bodies are sent as the string you pass: keyway does not serialize objects to XML" },
        { pointer: "#/paths/~1x/get/requestBody/content/application~1atom+xml", message: "'application/atom+xml' bodies are sent as the string you pass: keyway does not serialize objects to XML" },
      ],
    },
    {
      name: "per-part headers of multipart bodies (§4.8.15)",
      given: { requestBody: { content: { "multipart/form-data": { encoding: { file: { headers: { "X-Sum": {} } }, name: { contentType: "text/plain" } } } } } },
      want: [{ pointer: "#/paths/~1x/get/requestBody/content/multipart~1form-data/encoding/file/headers", message: "per-part headers of 'file' are not sent: multipart parts carry only their Content-Type" }],
    },
  ];
  test.each(cases)("$name", ({ given, want }) => {
    expect(oneOperation(given).warnings).toEqual(want);
  });

  test("webhooks (§4.8.1)", () => {
    const { warnings } = buildModel(documentWith({ webhooks: { ping: { post: { responses: {} } } } } as never));
    expect(warnings).toEqual([
      { pointer: "#/webhooks", message: "webhooks are not supported: no code is generated for them (their types are in schema.ts)" },
    ]);
  });

  test("relative servers of a path item (§4.8.9)", () => {
    const { warnings } = buildModel(
      documentWith({ paths: { "/p": { servers: [{ url: "x/y" }], get: { responses: {} } } } } as never),
    );
    expect(warnings).toEqual([
      { pointer: "#/paths/~1p/servers", message: "relative servers of a path item or operation are not used: calls go to the client's baseURL" },
    ]);
  });

  test("supported features warn about nothing", () => {
    const { warnings } = oneOperation({
      parameters: [
        { name: "f", in: "query", content: { "application/json": {} } },
        { name: "t", in: "query", content: { "text/plain": {} } },
        { name: "X-Id", in: "header", schema: { type: "string" } },
      ],
      requestBody: { content: { "application/json": {}, "multipart/form-data": { encoding: { a: { contentType: "image/png" } } }, "text/plain": {} } },
      responses: { "200": { description: "ok", headers: { "X-A": {} } }, default: { description: "no" } },
    });
    expect(warnings).toEqual([]);
  });
});
