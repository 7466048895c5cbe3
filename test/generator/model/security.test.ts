import { describe, expect, test } from "vitest";
import { buildModel } from "../../../generator/model/index.js";
import { documentWith, type TestCase } from "./build.js";

const schemes = {
  bearer: { type: "http", scheme: "Bearer", bearerFormat: "JWT" },
  key: { type: "apiKey", in: "query", name: "api_key" },
  oauth: {
    type: "oauth2",
    flows: {
      authorizationCode: { authorizationUrl: "https://a/auth", tokenUrl: "https://a/token", refreshUrl: "https://a/refresh", scopes: { read: "Read" } },
      clientCredentials: { tokenUrl: "https://a/token", scopes: {} },
    },
  },
  oidc: { type: "openIdConnect", openIdConnectUrl: "https://a/.well-known/openid-configuration" },
};

function securityOf(top: unknown, own: unknown) {
  const { model, warnings } = buildModel(
    documentWith({
      security: top as never,
      components: { securitySchemes: schemes } as never,
      paths: { "/x": { get: { ...(own === undefined ? {} : { security: own }), responses: {} } } } as never,
    }),
  );
  return { security: model.operations[0].security, warnings, model };
}

describe("Security Requirement Object (OpenAPI 3.1 §4.8.30)", () => {
  const cases: TestCase<{ top?: unknown; own?: unknown }, { name: string; scopes: string[] }[][]>[] = [
    { name: "no security anywhere: none needed", given: {}, want: [] },
    { name: "top-level applies", given: { top: [{ bearer: [] }] }, want: [[{ name: "bearer", scopes: [] }]] },
    { name: "operation-level replaces top-level", given: { top: [{ bearer: [] }], own: [{ key: [] }] }, want: [[{ name: "key", scopes: [] }]] },
    { name: "security: [] makes it public", given: { top: [{ bearer: [] }], own: [] }, want: [] },
    { name: "{} keeps anonymous as an alternative", given: { own: [{}, { bearer: [] }] }, want: [[], [{ name: "bearer", scopes: [] }]] },
    { name: "OR of alternatives, AND inside one, scopes kept", given: { own: [{ bearer: [], key: [] }, { oauth: ["read"] }] }, want: [[{ name: "bearer", scopes: [] }, { name: "key", scopes: [] }], [{ name: "oauth", scopes: ["read"] }]] },
  ];
  test.each(cases)("$name", ({ given, want }) => {
    expect(securityOf(given.top, given.own).security.map((a) => a.schemes)).toEqual(want);
  });

  test("an alternative naming an undeclared scheme is dropped with a warning", () => {
    const { security, warnings } = securityOf(undefined, [{ nope: [] }, { key: [] }]);
    expect(security.map((a) => a.schemes.map((s) => s.name))).toEqual([["key"]]);
    expect(warnings).toEqual([
      { pointer: "#/paths/~1x/get/security/0", message: "security scheme 'nope' is not declared in components.securitySchemes; this alternative is dropped" },
    ]);
  });

  test("schemes: http scheme lower-cased, apiKey location and name, oauth2 flows, openIdConnect", () => {
    expect(securityOf(undefined, undefined).model.securitySchemes).toEqual([
      { name: "bearer", type: "http", scheme: "bearer", bearerFormat: "JWT", doc: { deprecated: false } },
      { name: "key", type: "apiKey", in: "query", paramName: "api_key", doc: { deprecated: false } },
      {
        name: "oauth",
        type: "oauth2",
        flows: {
          authorizationCode: { authorizationUrl: "https://a/auth", tokenUrl: "https://a/token", refreshUrl: "https://a/refresh", scopes: { read: "Read" } },
          clientCredentials: { tokenUrl: "https://a/token", scopes: {} },
        },
        doc: { deprecated: false },
      },
      { name: "oidc", type: "openIdConnect", openIdConnectUrl: "https://a/.well-known/openid-configuration", doc: { deprecated: false } },
    ]);
  });
});
