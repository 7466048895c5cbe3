// The command line end to end: every flag, every exit code, the exact wording of messages.
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_YAML, DUPLICATE_WARNING, project, SUMMARY } from "../../support/project.js";
import { PROGRESS_DELAY_MS } from "../../../generator/cli/progress.js";
import { BIN, ROOT, runCli, runNode, snapshot, tempDir } from "../../support/cli.js";

const lines = (text: string): string[] => text.split("\n").filter((line) => line !== "");
const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("usage (exit 2)", { timeout: 150_000 }, () => {
  const usage: [string, string[], string][] = [
    ["no command", [], "error: name a command: keyway generate client, or keyway init (see --help)"],
    ["no target", ["generate"], "error: name what to generate: keyway generate client (see --help)"],
    ["unknown flag", ["generate", "client", "-i", "api.yaml", "-o", "out", "--bogus"], "error: Unknown argument: --bogus (see --help)"],
    ["mistyped flags", ["generate", "client", "--inptu", "api.yaml", "--ouptut", "out", "--group-b", "tag"], "error: Unknown arguments: --inptu (did you mean --input?), --ouptut (did you mean --output?), --group-b (did you mean --group-by?) (see --help)"],
    ["mistyped command", ["generat", "client", "-i", "api.yaml", "-o", "out"], "error: Did you mean generate? (see --help)"],
    ["no input", ["generate", "client", "-o", "out"], "error: missing --input (a file, an http(s) URL, or - for stdin)"],
    ["no output", ["generate", "client", "-i", "api.yaml"], "error: missing --output (the folder to generate into)"],
    ["bad --group-by", ["generate", "client", "-i", "api.yaml", "-o", "out", "--group-by", "path"], 'error: --group-by must be "none" or "tag", not "path"'],
    ["--check with --watch", ["generate", "client", "-i", "api.yaml", "-o", "out", "--check", "--watch"], "error: --check and --watch can not be used together (see --help)"],
    ["output holding the input", ["generate", "client", "-i", "api.yaml", "-o", "."], "error: --output . must be a folder of its own: keyway replaces it whole, and it holds the working directory"],
    ["--watch on stdin", ["generate", "client", "-i", "-", "-o", "out", "--watch"], "error: --watch needs a local --input file (not a URL or stdin)"],
  ];
  for (const [name, args, message] of usage) {
    it(name, async () => {
      const cwd = project();
      const result = await runCli(args, { cwd });
      expect(result.code).toBe(2);
      expect(lines(result.stderr)).toEqual([message]);
      expect(existsSync(join(cwd, "out"))).toBe(false);
    });
  }
});

describe("help and version (exit 0)", { timeout: 150_000 }, () => {
  it("--version prints the package version", async () => {
    const result = await runCli(["--version"], { cwd: tempDir() });
    expect([result.code, result.stdout.trim()]).toEqual([0, version]);
  });

  it("generate client --help lists every flag and the exit codes", async () => {
    const result = await runCli(["generate", "client", "--help"], { cwd: tempDir() });
    expect(result.code).toBe(0);
    for (const flag of ["-i, --input", "-o, --output", "-c, --config", "--check", "--watch", "--group-by", "--base-url", "--format", "-q, --quiet", "--force", "--debug"]) {
      expect(result.stdout).toContain(flag);
    }
    expect(result.stdout).toContain("exit codes: 0 ok, 1 invalid document or generation failed, 2 usage error, 3 --check found drift");
  });
});

describe("generate client", { timeout: 150_000 }, () => {
  it("writes the client, prints one summary line and the warnings, exits 0", async () => {
    const cwd = project();
    const result = await runCli(["generate", "client", "-i", "api.yaml", "-o", "out"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const [warning, summary, ...rest] = lines(result.stderr);
    expect([warning, rest]).toEqual([DUPLICATE_WARNING, []]);
    expect(summary).toMatch(SUMMARY);
    expect(readdirSync(join(cwd, "out")).sort()).toEqual([".keyway", "client.ts", "errors.ts", "index.ts", "operations.ts", "runtime", "schema.ts", "security.ts", "types.ts"]);
  });

  it("works through the `generate` bin, whose argv starts at `client`", async () => {
    const cwd = project();
    symlinkSync(BIN, join(cwd, "generate"));
    const result = await runNode([join(cwd, "generate"), "client", "-i", "api.yaml", "-o", "out", "--quiet"], { cwd });
    expect([result.code, lines(result.stderr)]).toEqual([0, [DUPLICATE_WARNING]]);
    expect(existsSync(join(cwd, "out/client.ts"))).toBe(true);
  });

  it("--quiet prints nothing but warnings", async () => {
    const result = await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "-q"], { cwd: project() });
    expect([result.code, result.stdout, lines(result.stderr)]).toEqual([0, "", [DUPLICATE_WARNING]]);
  });

  it("--group-by tag writes one operations file per tag", async () => {
    const cwd = project();
    const none = await runCli(["generate", "client", "-i", "api.yaml", "-o", "none", "-q"], { cwd });
    const tag = await runCli(["generate", "client", "-i", "api.yaml", "-o", "tag", "-q", "--group-by", "tag"], { cwd });
    expect([none.code, tag.code]).toEqual([0, 0]);
    expect(existsSync(join(cwd, "none/operations"))).toBe(false);
    expect(readdirSync(join(cwd, "tag/operations")).sort()).toEqual(["pets.ts", "stores.ts"]);
  });

  it("--base-url becomes the client's default baseURL", async () => {
    const cwd = project();
    const result = await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "-q", "--base-url", "https://staging.example.com"], { cwd });
    expect(result.code).toBe(0);
    const emitted = readdirSync(join(cwd, "out")).filter((f) => f.endsWith(".ts")).map((f) => readFileSync(join(cwd, "out", f), "utf8"));
    expect(emitted.join("\n")).toContain('"https://staging.example.com"');
  });

  it("--format runs prettier, which changes nothing: the templates print its layout; --no-format is the default", async () => {
    const cwd = project();
    await runCli(["generate", "client", "-i", "api.yaml", "-o", "a", "-q"], { cwd });
    const formatted = await runCli(["generate", "client", "-i", "api.yaml", "-o", "b", "-q", "--format"], { cwd });
    const raw = await runCli(["generate", "client", "-i", "api.yaml", "-o", "c", "-q", "--no-format"], { cwd });
    expect([formatted.code, raw.code]).toEqual([0, 0]);
    // The generated files; the marker records the options, --format among them.
    const code = (dir: string) => Object.fromEntries(Object.entries(snapshot(join(cwd, dir))).filter(([path]) => path.endsWith(".ts")));
    const [a, b, c] = [code("a"), code("b"), code("c")];
    expect(Object.keys(a)).toContain("operations.ts");
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it("reads the document from stdin with -i -", async () => {
    const cwd = tempDir();
    const doc = API_YAML.replace('{$ref: "./pet.yaml#/Pets"}', "{type: array, items: {type: string}}");
    const result = await runCli(["generate", "client", "-i", "-", "-o", "out", "-q"], { cwd, stdin: doc });
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, "out/client.ts"))).toBe(true);
  });
});

describe("progress indicator", { timeout: 150_000 }, () => {
  // A run held 1.5 s before its swap takes over a second on any machine.
  const slow = { KEYWAY_TEST_PAUSE: "before-swap:paused", KEYWAY_TEST_PAUSE_MS: "1500" };

  it("on a terminal (script(1) gives the run a pty): a spinner after a second, cleared before the summary", async () => {
    const cwd = project();
    const command = `'${process.execPath}' '${BIN}' generate client -i api.yaml -o out`;
    const { execFile } = await import("node:child_process");
    const output = await new Promise<string>((resolve, reject) =>
      execFile("script", ["-qec", command, "/dev/null"], { cwd, env: { ...process.env, ...slow } }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    );
    // Each frame shows the run's own elapsed time. When the first one comes depends on how
    // busy the machine is (4.6 s has been seen), so only its floor is asserted: nothing
    // before a second. The 1.5 s pause leaves the event loop idle, so a frame always comes.
    const frames = [...output.matchAll(/\r\x1b\[2K\S generating api\.yaml (\d+\.\d)s/g)].map((frame) => Number(frame[1]));
    expect(frames.length).toBeGreaterThan(0);
    expect(Math.min(...frames)).toBeGreaterThanOrEqual(PROGRESS_DELAY_MS / 1000);
    // Cleared, then the summary, after the last frame.
    expect(output.slice(output.lastIndexOf(" generating api.yaml "))).toMatch(/\r\x1b\[2Kout: 2 operations, \d+ files written/);
  });

  it("never on a pipe", async () => {
    const piped = await runCli(["generate", "client", "-i", "api.yaml", "-o", "out"], { cwd: project(), env: slow });
    expect(piped.stderr).not.toContain("generating");
    expect(lines(piped.stderr)[1]).toMatch(SUMMARY);
  });
});

describe("output safety", { timeout: 150_000 }, () => {
  it("refuses a non-empty folder keyway did not generate (exit 1), --force writes and keeps its files", async () => {
    const cwd = project({ "out/main.ts": "main();\n" });
    const refused = await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "-q"], { cwd });
    expect(refused.code).toBe(1);
    expect(lines(refused.stderr)).toEqual([
      DUPLICATE_WARNING,
      "error: out is not empty and was not generated by keyway (no .keyway file); use --force to write into it",
    ]);
    expect(readdirSync(join(cwd, "out"))).toEqual(["main.ts"]);
    const forced = await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "-q", "--force"], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, "out/main.ts"), "utf8")).toBe("main();\n");
    expect(existsSync(join(cwd, "out/client.ts"))).toBe(true);
  });

  it("an invalid document changes nothing in the previous output", async () => {
    const cwd = project();
    await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "-q"], { cwd });
    const before = snapshot(join(cwd, "out"));
    writeFileSync(join(cwd, "api.yaml"), API_YAML.replace("./pet.yaml#/Pets", "#/components/schemas/Pett"));
    const result = await runCli(["generate", "client", "-i", "api.yaml", "-o", "out"], { cwd });
    expect(result.code).toBe(1);
    expect(snapshot(join(cwd, "out"))).toEqual(before);
  });
});

describe("document errors (exit 1): one line each, all of them, stack only with --debug", { timeout: 150_000 }, () => {
  const BROKEN = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pett"}
        "404":
          $ref: "#/components/responses/Nope"
`;
  const EXPECTED = [
    "error api.yaml#/paths/~1pets/get/responses/200/content/application~1json/schema (11:15): $ref '#/components/schemas/Pett' not found",
    "error api.yaml#/paths/~1pets/get/responses/404 (12:9): $ref '#/components/responses/Nope' not found",
  ];

  it("lists every problem with file, pointer and line:column", async () => {
    const result = await runCli(["generate", "client", "-i", "api.yaml", "-o", "out"], { cwd: project({ "api.yaml": BROKEN }) });
    expect([result.code, lines(result.stderr)]).toEqual([1, EXPECTED]);
  });

  it("--debug adds the stack", async () => {
    const result = await runCli(["generate", "client", "-i", "api.yaml", "-o", "out", "--debug"], { cwd: project({ "api.yaml": BROKEN }) });
    expect(result.code).toBe(1);
    expect(lines(result.stderr).slice(0, 2)).toEqual(EXPECTED);
    expect(result.stderr).toMatch(/\n\s+at .*load/);
  });

  const inputs: [string, Record<string, string>, string][] = [
    ["unreadable file", {}, "error missing.yaml: cannot read 'missing.yaml': file not found"],
    ["invalid YAML", { "missing.yaml": "a: [\n" }, "error missing.yaml (2:1): invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]"],
    ["not OpenAPI", { "missing.yaml": "hello: 1\n" }, "error missing.yaml (1:1): not an OpenAPI document: no 'openapi' or 'swagger' field"],
    ["unsupported version", { "missing.yaml": "openapi: 4.0.0\n" }, "error missing.yaml#/openapi (1:1): unsupported OpenAPI version '4.0.0' (supported: 2.0, 3.0.x, 3.1.x)"],
  ];
  for (const [name, files, message] of inputs) {
    it(name, async () => {
      const result = await runCli(["generate", "client", "-i", "missing.yaml", "-o", "out"], { cwd: project(files) });
      expect([result.code, lines(result.stderr)]).toEqual([1, [message]]);
    });
  }
});

describe("URL input", { timeout: 150_000 }, () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/api.yaml") res.end(API_YAML.replace('{$ref: "./pet.yaml#/Pets"}', "{type: string}"));
      else req.socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("generates from an http URL", async () => {
    const cwd = tempDir();
    const result = await runCli(["generate", "client", "-i", `${base}/api.yaml`, "-o", "out", "-q"], { cwd });
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, "out/client.ts"))).toBe(true);
  });

  it("a connection closed mid-request is its own error", async () => {
    const result = await runCli(["generate", "client", "-i", `${base}/gone.yaml`, "-o", "out"], { cwd: tempDir() });
    expect([result.code, lines(result.stderr)]).toEqual([1, [`error ${base}/gone.yaml: cannot fetch '${base}/gone.yaml': connection closed`]]);
  });

  it("an unreachable URL (nothing listening) is its own error", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/api.yaml`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await runCli(["generate", "client", "-i", url, "-o", "out"], { cwd: tempDir() });
    expect([result.code, lines(result.stderr)]).toEqual([1, [`error ${url}: cannot fetch '${url}': connection refused`]]);
  });
});

describe("keyway init", { timeout: 150_000 }, () => {
  it("writes a starter config that generate then uses; refuses to overwrite it", async () => {
    const cwd = project();
    mkdirSync(join(cwd, "src"));
    const init = await runCli(["init", "-i", "api.yaml", "-o", "src/api"], { cwd });
    expect([init.code, lines(init.stderr)]).toEqual([0, ["wrote keyway.config.json"]]);
    expect(JSON.parse(readFileSync(join(cwd, "keyway.config.json"), "utf8"))).toEqual({
      $schema: "./node_modules/keyway-openapi/schema/keyway.config.schema.json",
      clients: [{ input: "api.yaml", output: "src/api", groupBy: "none" }],
    });
    const generate = await runCli(["generate", "client", "-q"], { cwd });
    expect(generate.code).toBe(0);
    expect(existsSync(join(cwd, "src/api/client.ts"))).toBe(true);
    const again = await runCli(["init"], { cwd });
    expect([again.code, lines(again.stderr)]).toEqual([2, ["error: keyway.config.json already exists; use --force to overwrite it"]]);
  });
});
