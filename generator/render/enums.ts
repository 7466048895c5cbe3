// enums.ts: a const object and a same-named type per named enum (model/named-enums.ts). A
// const object `as const`, not a TypeScript `enum`: it is erased-syntax friendly (Node's type
// stripping, `erasableSyntaxOnly`, Babel and esbuild per file), a bundler drops it when unused,
// and its type is schema.ts's union of the document's literals, so a value from a response
// passes where the type is asked for (a TypeScript enum's type refuses the plain literal).
import type { ApiModel, NamedEnum } from "../model/types.js";
import { jsdoc } from "./helpers.js";
import { template } from "./templates.js";
import type { GeneratedFile } from "./types.js";

type Header = { version: string; sha256: string };

/** enums.ts, or nothing when the document names no enum (index.ts then stays as it was). */
export function renderEnums(model: ApiModel, header: Header): GeneratedFile[] {
  if (model.enums.length === 0) return [];
  return [{ path: "enums.ts", contents: template("enums")({ ...header, enums: model.enums.map(withComments) }) }];
}

/**
 * The enum's JSDoc and each member's, escaped by jsdoc(), a member's indented as a member, so
 * output that is not formatted (large documents, `--no-format`) reads as prettier prints it.
 */
const withComments = (named: NamedEnum) => ({
  ...named,
  comment: jsdoc(named.doc),
  members: named.members.map((member) => ({ ...member, comment: jsdoc(member.doc).replace(/^(?=.)/gm, "  ") })),
});

/** prettier's width for the generated files (generator/format): past it, one name a line, as prettier prints it. */
const PRINT_WIDTH = 100;

/** What index.ts re-exports by name: named, so each wins over types.ts's type of the same name. */
export function enumExports(model: ApiModel): { names: string[]; oneLine: boolean } {
  const names = model.enums.map((e) => e.name);
  return { names, oneLine: `export { ${names.join(", ")} } from "./enums.js";`.length <= PRINT_WIDTH };
}
