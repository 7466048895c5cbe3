import { describe, expect, test } from "vitest";
import { isAbsoluteServerUrl, isHttpUrl, isUrlReference } from "../../generator/url.js";

describe("generator/url.ts: three questions, one answer each", () => {
  const cases: { value: string; reference: boolean; http: boolean; server: boolean }[] = [
    { value: "https://api.test/v1", reference: true, http: true, server: true },
    { value: "HTTP://API.TEST", reference: true, http: true, server: true },
    { value: "file:///tmp/api.yaml", reference: true, http: false, server: true },
    { value: "wss://api.test", reference: true, http: false, server: true },
    { value: "/v1", reference: false, http: false, server: false },
    { value: "api.yaml", reference: false, http: false, server: false },
    { value: "C:\\api.yaml", reference: false, http: false, server: false },
    { value: "//api.test/v1", reference: false, http: false, server: false },
    { value: "-", reference: false, http: false, server: false },
  ];
  test.each(cases)("$value", ({ value, reference, http, server }) => {
    expect({ reference: isUrlReference(value), http: isHttpUrl(value), server: isAbsoluteServerUrl(value) }).toEqual({ reference, http, server });
  });
});
