// The programmatic API in process: typed results, and the CLI's errors as classes.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateClient, InputError, InvalidDocumentError, OutputError, UsageError, type GenerationWarning } from "../../generator/index.js";
import { project } from "../support/project.js";

describe("generateClient", { timeout: 150_000 }, () => {
  it("a warning about a bundled file names that file, with line and column", async () => {
    const cwd = project({
      "entry.yaml": 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /up: {$ref: "./paths.yaml#/up"}\n',
      "paths.yaml": 'up:\n  post:\n    operationId: upload\n    servers: [{url: /uploads}]\n    responses: {"204": {description: none}}\n',
    });
    const warnings: GenerationWarning[] = [];
    await generateClient({ input: "entry.yaml", output: "out", cwd, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([
      expect.objectContaining({ file: "paths.yaml", pointer: "#/up/post/servers", line: 4, column: 5 }),
    ]);
  });

  it("returns the files written, then (check) what differs, then a cached no-op", async () => {
    const cwd = project();
    const warnings: GenerationWarning[] = [];
    const first = await generateClient({ input: "api.yaml", output: "out", cwd, onWarning: (w) => warnings.push(w) });
    expect(first).toMatchObject({ output: join(cwd, "out"), operations: 2, cached: false });
    expect(first.files).toContain("client.ts");
    expect(first.changes.every((c) => c.change === "added")).toBe(true);
    expect(first.inputs.sort()).toEqual([join(cwd, "api.yaml"), join(cwd, "pet.yaml")]);
    expect(warnings).toEqual([
      {
        file: "api.yaml",
        pointer: "#/paths/~1stores/get",
        line: 21,
        column: 5,
        message: "operationId 'listPets' is already taken; the method is named 'listPets2'",
      },
    ]);

    writeFileSync(join(cwd, "out/index.ts"), "// edited\n");
    const check = await generateClient({ input: "api.yaml", output: "out", cwd, check: true });
    expect(check.changes).toEqual([{ path: "index.ts", change: "changed" }]);
    expect(readFileSync(join(cwd, "out/index.ts"), "utf8")).toBe("// edited\n");

    await generateClient({ input: "api.yaml", output: "out", cwd });
    const again = await generateClient({ input: "api.yaml", output: "out", cwd, check: true });
    expect([again.cached, again.changes]).toEqual([true, []]);
  });

  it("throws the typed errors the CLI prints", async () => {
    const cwd = project({ "broken.yaml": "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Nope'}\n" });
    await expect(generateClient({ input: "", output: "out", cwd })).rejects.toBeInstanceOf(UsageError);
    await expect(generateClient({ input: "nope.yaml", output: "out", cwd })).rejects.toBeInstanceOf(InputError);
    const invalid = await generateClient({ input: "broken.yaml", output: "out", cwd }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(InvalidDocumentError);
    expect((invalid as InvalidDocumentError).problems.map((p) => [p.location.pointer, p.message])).toEqual([
      ["#/paths/~1a/get/responses/200", "$ref '#/components/responses/Nope' not found"],
    ]);
    mkdirSync(join(cwd, "mine"));
    writeFileSync(join(cwd, "mine/app.ts"), "");
    await expect(generateClient({ input: "api.yaml", output: "mine", cwd })).rejects.toBeInstanceOf(OutputError);
  });
});
