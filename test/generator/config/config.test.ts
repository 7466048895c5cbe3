// Config files: discovery, every format, several clients, flags over config, exact errors,
// and the shipped JSON Schema kept in step with the validator.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../generator/config/errors.js";
import { loadConfig } from "../../../generator/config/load.js";
import { CLIENT_PROPERTIES, GROUP_BY_VALUES } from "../../../generator/config/validate.js";
import { UsageError } from "../../../generator/errors.js";
import { project, DUPLICATE_WARNING } from "../../support/project.js";
import { ROOT, runCli, tempDir } from "../../support/cli.js";

const lines = (text: string): string[] => text.split("\n").filter((line) => line !== "");

function dirWith(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("loading each format", { timeout: 150_000 }, () => {
  const client = { input: "api.yaml", output: "out", groupBy: "tag", baseUrl: "https://x.example", format: false };
  const cases: [string, string][] = [
    ["keyway.config.json", JSON.stringify(client)],
    ["keyway.config.mjs", `export default ${JSON.stringify(client)};`],
    ["keyway.config.js", `export default async () => (${JSON.stringify(client)});`],
    [
      "keyway.config.ts",
      `interface Client { input: string; output: string; groupBy: "none" | "tag"; baseUrl?: string; format?: boolean }
       const client: Client = ${JSON.stringify(client)};
       export default [client] satisfies Client[];`,
    ],
  ];
  for (const [name, text] of cases) {
    it(`${name} is found in the working directory`, async () => {
      const cwd = dirWith({ [name]: text, "package.json": '{"type":"module"}' });
      const config = await loadConfig(undefined, cwd);
      expect(config).toEqual({ shown: name, clients: [client] });
      // the .ts config's transpiled temporary file is gone again
      expect(readdirSync(cwd).sort()).toEqual([name, "package.json"].sort());
    });
  }

  it("reads { clients: [...] }; paths are relative to the config file", async () => {
    const cwd = dirWith({});
    const config = JSON.stringify({ $schema: "x", clients: [{ input: "a.yaml", output: "out/a" }, { input: "https://h.example/b.yaml", output: "/abs/b" }] });
    writeFileSync(join(cwd, "conf.json"), config);
    const loaded = await loadConfig("conf.json", join(cwd));
    expect(loaded?.clients).toEqual([
      { input: "a.yaml", output: "out/a" },
      { input: "https://h.example/b.yaml", output: "/abs/b" },
    ]);
    const fromBelow = await loadConfig("../conf.json", join(cwd, "sub"));
    expect(fromBelow?.clients[0]).toEqual({ input: "../a.yaml", output: "../out/a" });
  });

  it("no config file: undefined", async () => {
    expect(await loadConfig(undefined, tempDir())).toBeUndefined();
  });
});

describe("config errors, exactly", { timeout: 150_000 }, () => {
  const errors: [string, string, string][] = [
    ["unknown property", '{"inptu":"a.yaml"}', 'error keyway.config.json#/inptu: unknown property "inptu" (known: input, output, groupBy, baseUrl, format)'],
    ["bad groupBy", '{"clients":[{"input":"a"},{"groupBy":"path"}]}', 'error keyway.config.json#/clients/1/groupBy: must be "none" or "tag"'],
    ["bad format", '[{"format":"yes"}]', "error keyway.config.json#/0/format: must be true or false"],
    ["empty input", '{"input":""}', "error keyway.config.json#/input: must be a non-empty string"],
    ["empty clients", '{"clients":[]}', "error keyway.config.json#/clients: must list at least one client"],
    ["not an object", "42", 'error keyway.config.json: must be a client object, an array of clients, or { "clients": [...] }'],
    ["invalid JSON", '{\n  "input": "a.yaml",\n}', "error keyway.config.json (3:1): invalid JSON: Expected double-quoted property name"],
  ];
  for (const [name, text, message] of errors) {
    it(`${name}: exit 2`, async () => {
      const result = await runCli(["generate", "client"], { cwd: dirWith({ "keyway.config.json": text }) });
      expect([result.code, lines(result.stderr)]).toEqual([2, [message]]);
    });
  }

  it("a missing --config file, an unknown extension, two configs at once", async () => {
    const cwd = dirWith({ "keyway.config.json": "{}", "keyway.config.mjs": "export default {}", "k.yaml": "" });
    await expect(loadConfig("nope.json", cwd)).rejects.toThrow(new UsageError("config file not found: nope.json"));
    await expect(loadConfig("k.yaml", cwd)).rejects.toThrow("config file must be .json, .js, .mjs or .ts: k.yaml");
    await expect(loadConfig(undefined, cwd)).rejects.toThrow(
      "found keyway.config.json and keyway.config.mjs; keep one, or pick one with --config",
    );
  });

  it("a config that throws on import is a ConfigError naming the file", async () => {
    const cwd = dirWith({ "keyway.config.mjs": 'throw new Error("boom");' });
    const attempt = loadConfig(undefined, cwd);
    await expect(attempt).rejects.toBeInstanceOf(ConfigError);
    await expect(attempt).rejects.toThrow("could not be loaded: boom");
  });
});

describe("config with the CLI", { timeout: 150_000 }, () => {
  it("runs every client of the config, one summary line each", async () => {
    const cwd = project({
      "keyway.config.json": JSON.stringify({ clients: [{ input: "api.yaml", output: "a" }, { input: "api.yaml", output: "b", groupBy: "tag" }] }),
    });
    const result = await runCli(["generate", "client"], { cwd });
    expect(result.code).toBe(0);
    const [w1, s1, w2, s2] = lines(result.stderr);
    expect([w1, w2]).toEqual([DUPLICATE_WARNING, DUPLICATE_WARNING]);
    expect(s1).toMatch(/^a: 2 operations, \d+ files written/);
    expect(s2).toMatch(/^b: 2 operations, \d+ files written/);
    expect(existsSync(join(cwd, "b/operations/pets.ts"))).toBe(true);
  });

  it("flags override the config; --config names a file elsewhere", async () => {
    const cwd = project({ "conf/keyway.config.json": JSON.stringify({ input: "../api.yaml", output: "../wrong", baseUrl: "https://config.example" }) });
    const result = await runCli(["generate", "client", "-c", "conf/keyway.config.json", "-o", "right", "--base-url", "https://flag.example", "-q"], { cwd });
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, "wrong"))).toBe(false);
    expect(readFileSync(join(cwd, "right/security.ts"), "utf8")).toContain("https://flag.example");
  });

  it("two clients writing to one folder (exit 2)", async () => {
    const cwd = project({ "keyway.config.json": JSON.stringify([{ input: "api.yaml", output: "a" }, { input: "api.yaml", output: "b" }, { input: "pet.yaml", output: "./a/" }]) });
    const result = await runCli(["generate", "client"], { cwd });
    expect([result.code, lines(result.stderr)]).toEqual([2, ["error: clients 1 and 3 of keyway.config.json both write to a"]]);
  });

  it("--input/--output can not pick among several clients (exit 2)", async () => {
    const cwd = project({ "keyway.config.json": JSON.stringify([{ input: "api.yaml", output: "a" }, { input: "api.yaml", output: "b" }]) });
    const result = await runCli(["generate", "client", "-o", "c"], { cwd });
    expect([result.code, lines(result.stderr)]).toEqual([
      2,
      ["error: --input and --output can not override keyway.config.json, which lists 2 clients"],
    ]);
  });
});

describe("schema/keyway.config.schema.json", { timeout: 150_000 }, () => {
  const schema = JSON.parse(readFileSync(join(ROOT, "schema/keyway.config.schema.json"), "utf8"));
  it("describes exactly the properties and values the validator accepts", () => {
    const properties = schema.$defs.clientProperties.properties;
    expect(Object.keys(properties)).toEqual([...CLIENT_PROPERTIES]);
    expect(properties.groupBy.enum).toEqual([...GROUP_BY_VALUES]);
    expect(properties.format.type).toBe("boolean");
    for (const key of ["input", "output", "baseUrl"]) expect(properties[key]).toMatchObject({ type: "string", minLength: 1 });
    expect(schema.oneOf[2].required).toEqual(["clients"]);
  });

  it("ships in the package", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(manifest.files).toContain("schema");
  });
});
