// Finds and reads keyway.config.{json,js,mjs,ts}.
//
// .ts: Node 20 can not import TypeScript, and a loader hook (tsx, jiti) would be one more
// dependency for one small file. A config is a single module of plain data, so a
// per-file transpile (typescript's transpileModule: types stripped, no type check) is
// enough. It is written beside the config as a temporary .mjs so that its relative and
// package imports (e.g. `import { defineConfig } from "keyway-openapi"`) resolve from the user's
// project, and deleted right after. typescript is taken from the user's project first:
// anyone writing a .ts config has it, and keyway need not ship a compiler.
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { UsageError } from "../errors.js";
import { requireCached } from "../compile-cache.js";
import { isUrlReference } from "../url.js";
import type { ClientConfig } from "./define.js";
import { ConfigError } from "./errors.js";
import { validateConfig } from "./validate.js";

export const CONFIG_NAMES = ["keyway.config.json", "keyway.config.js", "keyway.config.mjs", "keyway.config.ts"];

export interface LoadedConfig {
  /** As shown in messages: relative to the working directory. */
  shown: string;
  /** Paths rewritten to be relative to the working directory, like CLI flags. */
  clients: ClientConfig[];
}

/** The config named with --config, else the one in `cwd`, else undefined. */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfig | undefined> {
  const file = explicit === undefined ? discover(cwd) : resolve(cwd, explicit);
  if (file === undefined) return undefined;
  const shown = relative(cwd, file) || file;
  if (!existsSync(file)) throw new UsageError(`config file not found: ${explicit ?? shown}`);
  const value = await readConfigValue(file, shown);
  const clients = validateConfig(value, shown).map((client) => rebase(client, dirname(file), cwd));
  return { shown, clients };
}

function discover(cwd: string): string | undefined {
  const found = CONFIG_NAMES.filter((name) => existsSync(join(cwd, name)));
  if (found.length > 1) throw new UsageError(`found ${found.join(" and ")}; keep one, or pick one with --config`);
  return found[0] === undefined ? undefined : join(cwd, found[0]);
}

async function readConfigValue(file: string, shown: string): Promise<unknown> {
  switch (extname(file)) {
    case ".json":
      return parseJson(await readFile(file, "utf8"), shown);
    case ".js":
    case ".mjs":
      return importDefault(file, shown);
    case ".ts":
      return importTypeScript(file, shown);
    default:
      throw new UsageError(`config file must be .json, .js, .mjs or .ts: ${shown}`);
  }
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // V8 either quotes the whole text (useless on one line) or gives a position.
    const message = raw.replace(/, ".*" is not valid JSON$/s, "").replace(/ in JSON at position \d+.*$/s, "");
    const position = /at position (\d+)/.exec(raw);
    if (!position) throw new ConfigError(`invalid JSON: ${message}`, { file: shown });
    const before = text.slice(0, Number(position[1])).split("\n");
    const column = (before[before.length - 1] ?? "").length + 1;
    throw new ConfigError(`invalid JSON: ${message}`, { file: shown, line: before.length, column });
  }
}

async function importDefault(file: string, shown: string): Promise<unknown> {
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`could not be loaded: ${message}`, { file: shown }, { cause: error });
  }
  if (module.default === undefined) throw new ConfigError("has no default export", { file: shown });
  return typeof module.default === "function" ? await (module.default as () => unknown)() : module.default;
}

interface TypeScriptApi {
  transpileModule(source: string, options: { compilerOptions: Record<string, unknown>; fileName: string }): {
    outputText: string;
  };
}

async function importTypeScript(file: string, shown: string): Promise<unknown> {
  const ts = await loadTypeScript(file, shown);
  const { outputText } = ts.transpileModule(await readFile(file, "utf8"), {
    compilerOptions: { module: "esnext", target: "es2022", verbatimModuleSyntax: false },
    fileName: file,
  });
  ts.save();
  const temp = join(dirname(file), `.keyway.config.${process.pid}.${Date.now()}.mjs`);
  await writeFile(temp, outputText);
  try {
    return await importDefault(temp, shown);
  } finally {
    await rm(temp, { force: true });
  }
}

async function loadTypeScript(file: string, shown: string): Promise<TypeScriptApi & { save(): void }> {
  for (const from of [file, import.meta.url]) {
    try {
      // require, not import(): importing the 9 MB CommonJS file from ESM makes Node scan it for
      // export names first (0.6 s of CPU against 0.19 s); and through the code cache, as types/ does.
      const compiler = requireCached("typescript", from);
      const ts = compiler.exports as Partial<TypeScriptApi>;
      // typescript 7 (the native compiler) ships no JS API: no transpileModule to read with.
      const transpileModule = ts.transpileModule;
      if (typeof transpileModule === "function") return { transpileModule: (...args) => transpileModule(...args), save: compiler.save };
    } catch {
      // not installed there; try keyway's own
    }
  }
  throw new ConfigError("needs typescript 5 or 6 to be read (7 has no transpileModule): npm install --save-dev typescript@6, or write keyway.config.mjs", { file: shown });
}

/** Config paths are relative to the config file; flags to the working directory. Unify on the latter. */
function rebase(client: ClientConfig, configDir: string, cwd: string): ClientConfig {
  const local = (path: string): string =>
    path === "-" || isUrlReference(path) || isAbsolute(path)
      ? path
      : relative(cwd, resolve(configDir, path)) || ".";
  return {
    ...client,
    ...(client.input !== undefined && { input: local(client.input) }),
    ...(client.output !== undefined && { output: local(client.output) }),
  };
}
