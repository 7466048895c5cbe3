import { describe, expect, test } from "vitest";
import { resolveRef } from "../../../generator/load/refs.js";

describe("resolveRef: RFC 6901 pointers, following references met on the way", () => {
  const document = {
    paths: { "/a": { $ref: "#/components/pathItems/A" }, "/b~c": { get: { operationId: "b" } } },
    components: { pathItems: { A: { get: { parameters: [{ name: "limit" }] } } } },
    loop: { $ref: "#/loop/x" },
  };
  const cases: { ref: string; want: unknown }[] = [
    { ref: "#/paths/~1a/get/parameters/0", want: { name: "limit" } },
    { ref: "#/paths/~1b~0c/get/operationId", want: "b" },
    { ref: "#/paths/%7E1b~0c/get/operationId", want: "b" },
    { ref: "#/paths/~1a", want: { $ref: "#/components/pathItems/A" } },
    { ref: "#", want: document },
    { ref: "#/constructor", want: undefined },
    { ref: "#/paths/~1a/get/parameters/0/toString", want: undefined },
    { ref: "#/loop/x", want: undefined },
    { ref: "other.yaml#/paths", want: undefined },
  ];
  test.each(cases)("$ref", ({ ref, want }) => {
    expect(resolveRef(document, ref)).toEqual(want);
  });
});
