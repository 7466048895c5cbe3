// parseRef's results are remembered while schema.ts is printed (types/remembered-refs.ts):
// the installed openapi-typescript must be the layout that reaches, every caller must get its
// own copy, and Redocly's function must be back afterwards, whatever happened.
import { describe, expect, it } from "vitest";
import { openapiTypescriptRefUtils, REMEMBERED_AT_MOST, withRememberedRefs } from "../../../generator/types/remembered-refs.js";

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

  it("forgets what it remembered once it holds REMEMBERED_AT_MOST strings", () => {
    const redocly = refUtils!.parseRef;
    const asked: string[] = [];
    // Redocly's own function, counted: what reaches it was not remembered.
    refUtils!.parseRef = (ref) => (asked.push(ref), redocly(ref));
    try {
      withRememberedRefs(() => {
        for (let round = 0; round < 2; round++) refUtils!.parseRef("#/paths/~1a");
        for (let i = 1; i < REMEMBERED_AT_MOST; i++) refUtils!.parseRef(`#/components/schemas/S${i}`);
        refUtils!.parseRef("#/paths/~1a");
        refUtils!.parseRef("#/components/schemas/S0");
        refUtils!.parseRef("#/paths/~1a");
      });
    } finally {
      refUtils!.parseRef = redocly;
    }
    expect(asked.filter((ref) => ref === "#/paths/~1a")).toHaveLength(2);
    expect(asked).toHaveLength(REMEMBERED_AT_MOST + 2);
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
