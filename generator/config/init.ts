// `keyway init`: a starter keyway.config.json that points editors at the shipped schema.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { UsageError } from "../errors.js";
import { PACKAGE_NAME } from "../package-root.js";
import { CONFIG_NAMES } from "./load.js";

export interface InitOptions {
  cwd: string;
  input?: string;
  output?: string;
  force?: boolean;
}

/** Writes keyway.config.json in `cwd`; returns its file name. */
export async function writeStarterConfig(options: InitOptions): Promise<string> {
  const existing = CONFIG_NAMES.find((name) => existsSync(join(options.cwd, name)));
  if (existing && !options.force) throw new UsageError(`${existing} already exists; use --force to overwrite it`);
  const config = {
    $schema: `./node_modules/${PACKAGE_NAME}/schema/keyway.config.schema.json`,
    clients: [{ input: options.input ?? "openapi.yaml", output: options.output ?? "src/api", groupBy: "none" }],
  };
  await writeFile(join(options.cwd, "keyway.config.json"), `${JSON.stringify(config, null, 2)}\n`);
  return "keyway.config.json";
}
