// "did you mean --input?": the nearest known flag for a mistyped one, and none for a stranger.
import { describe, expect, it } from "vitest";
import { nearestFlag, withSuggestions } from "../../../generator/cli/suggest.js";

const FLAGS = ["input", "output", "config", "check", "watch", "group-by", "base-url", "format", "no-format", "quiet", "force", "debug"];

describe("nearestFlag", () => {
  const cases: [string, string | undefined][] = [
    ["inptu", "input"], // two letters swapped: one edit
    ["inpt", "input"],
    ["--ouput", "output"],
    ["groupby", "group-by"],
    ["baseurl", "base-url"],
    ["Quiet", "quiet"],
    ["chek", "check"],
    ["bogus", undefined],
    ["x", undefined],
    ["in", undefined], // two edits from too short a word is a guess, not a typo
  ];
  it.each(cases)("%s -> %s", (typed, want) => {
    expect(nearestFlag(typed, FLAGS)).toBe(want);
  });
});

describe("withSuggestions", () => {
  it("rewrites yargs' unknown-argument message, dropping its camelCase twins", () => {
    expect(withSuggestions("Unknown arguments: base-ur, baseUr, zzz, z", FLAGS)).toBe(
      "Unknown arguments: --base-ur (did you mean --base-url?), --zzz, -z",
    );
    expect(withSuggestions("Unknown argument: inptu", FLAGS)).toBe("Unknown argument: --inptu (did you mean --input?)");
  });

  it("leaves every other message alone", () => {
    expect(withSuggestions("Not enough arguments", FLAGS)).toBe("Not enough arguments");
  });
});
