// parseRef's results are remembered while schema.ts is printed (types/remembered-refs.ts):
// the installed openapi-typescript must be the layout that reaches, every caller must get its
// own copy, and Redocly's function must be back afterwards, whatever happened.
import { describe, expect, it } from "vitest";
import { openapiTypescriptRefUtils, withRememberedRefs } from "../../../generator/types/remembered-refs.js";

describe("withRememberedRefs", () => {
  const refUtils = openapiTypescriptRefUtils();

  it("reaches the ref-utils module openapi-typescript uses", () => {
    expect(typeof refUtils?.parseRef).toBe("function");
  });

  it("parses each string once, hands out copies, and restores Redocly's parseRef", () => {
    const redocly = refUtils!.parseRef;
    const results = withRememberedRefs(() => {
      const first = refUtils!.parseRef("#/components/schemas/a~1b/properties/c");
      first.pointer.push("changed by the caller");
      const second = refUtils!.parseRef("#/components/schemas/a~1b/properties/c");
      return { patched: refUtils!.parseRef !== redocly, second };
    });
    expect(results.patched).toBe(true);
    expect(results.second).toEqual({ uri: null, pointer: ["components", "schemas", "a/b", "properties", "c"] });
    expect(refUtils!.parseRef).toBe(redocly);
  });

  it("restores it when printing throws", () => {
    const redocly = refUtils!.parseRef;
    expect(() =>
      withRememberedRefs(() => {
        throw new Error("printing failed");
      }),
    ).toThrow("printing failed");
    expect(refUtils!.parseRef).toBe(redocly);
  });
});
