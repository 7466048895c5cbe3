// enums.ts: a const object and a same-named type per named enum (model/named-enums.ts). A
// const object `as const`, not a TypeScript `enum`: it is erased-syntax friendly (Node's type
// stripping, `erasableSyntaxOnly`, Babel and esbuild per file), a bundler drops it when unused,
// and its type is schema.ts's union of the document's literals, so a value from a response
// passes where the type is asked for (a TypeScript enum's type refuses the plain literal).
import type { ApiModel, EnumMember, NamedEnum } from "../model/types.js";
import { ident, literal, property } from "./helpers.js";
import { PRINT_WIDTH, width } from "./layout.js";
import { template } from "./templates.js";
import type { GeneratedFile } from "./types.js";

type Header = { version: string; sha256: string };

/** enums.ts, or nothing when the document names no enum (index.ts then stays as it was). */
export function renderEnums(model: ApiModel, header: Header): GeneratedFile[] {
  if (model.enums.length === 0) return [];
  return [{ path: "enums.ts", contents: template("enums")({ ...header, enums: model.enums.map(withMembers) }) }];
}

/**
 * Each member's `key: value` as prettier prints an object literal's property (a string that
 * does not fit moves to the next line), through the helpers that escape for each context.
 */
function withMembers(named: NamedEnum) {
  // When `export const Name = {` is too long itself, the object moves after the `=` (layout.ts's
  // object()) and its members are two columns further in.
  const fluid = width(`export const ${named.name} = {`) > PRINT_WIDTH;
  const line = (member: EnumMember): string => {
    const printed = property(ident(member.key), literal(member.value), fluid ? "    " : "  ");
    // object() indents every line of the block, a moved value's too.
    return fluid ? printed.replace("\n  ", "\n") : printed;
  };
  return { ...named, members: named.members.map((member) => ({ ...member, line: line(member) })) };
}

/** What index.ts re-exports by name: named, so each wins over types.ts's type of the same name. */
export const enumExports = (model: ApiModel): string[] => model.enums.map((e) => e.name);
