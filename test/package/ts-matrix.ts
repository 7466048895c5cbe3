// The project shapes a generated client must type-check in (DESIGN §5, issue 15): an ESM and
// a CommonJS package × moduleResolution nodenext, node16 and bundler × with and without the
// DOM lib, every one with the strictest flags users turn on. Each shape is one tsconfig in
// one installed project, so the tarball is installed once and tsc runs once per shape and
// TypeScript version.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The oldest TypeScript we support and the latest, installed under npm aliases. */
export const TYPESCRIPTS = { "typescript-oldest": "5.0.4", "typescript-latest": "7.0.2" } as const;

export type TypeScriptAlias = keyof typeof TYPESCRIPTS;

export interface Shape {
  /** The folder the tsconfig sits in, `esm` or `cjs`, with its own package.json `type`. */
  pkg: "esm" | "cjs";
  resolution: "nodenext" | "node16" | "bundler";
  dom: boolean;
  /** tsconfig path relative to the project. */
  config: string;
}

const MODULE = { nodenext: "nodenext", node16: "node16", bundler: "esnext" } as const;

export const SHAPES: Shape[] = (["esm", "cjs"] as const).flatMap((pkg) =>
  (["nodenext", "node16", "bundler"] as const).flatMap((resolution) =>
    [true, false].map((dom) => ({ pkg, resolution, dom, config: `${pkg}/tsconfig.${resolution}.${dom ? "dom" : "node"}.json` })),
  ),
);

function compilerOptions(shape: Shape): Record<string, unknown> {
  // A CommonJS file may not be written with import syntax under verbatimModuleSyntax
  // (TS1286): no client can be, so that pair is the one place the flag stays off.
  const commonjsFile = shape.pkg === "cjs" && shape.resolution !== "bundler";
  return {
    strict: true,
    noEmit: true,
    target: "ES2022",
    module: MODULE[shape.resolution],
    moduleResolution: shape.resolution,
    // A browser app has the DOM and no Node types; a server the reverse.
    lib: shape.dom ? ["ES2022", "DOM", "DOM.Iterable"] : ["ES2022"],
    types: shape.dom ? [] : ["node"],
    skipLibCheck: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    verbatimModuleSyntax: !commonjsFile,
  };
}

/**
 * Lays out `project/{esm,cjs}` with the generated client in `src/api`, the consumer next to
 * it and one tsconfig per shape.
 */
export function writeShapes(project: string, client: string, consumer: string): void {
  for (const pkg of ["esm", "cjs"] as const) {
    const dir = join(project, pkg);
    mkdirSync(join(dir, "src"), { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `consumer-${pkg}`, private: true, type: pkg === "esm" ? "module" : "commonjs" }));
    cpSync(client, join(dir, "src/api"), { recursive: true });
    writeFileSync(join(dir, "src/consumer.ts"), consumer);
  }
  for (const shape of SHAPES) {
    writeFileSync(join(project, shape.config), JSON.stringify({ compilerOptions: compilerOptions(shape), include: ["src"] }, null, 2));
  }
}

/** `tsc` of an installed alias, run with node (its bin is a node script in 5.x and 7.x). */
export const tscOf = (project: string, alias: TypeScriptAlias): string => join(project, "node_modules", alias, "bin/tsc");
