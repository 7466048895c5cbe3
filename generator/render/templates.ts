// A private Handlebars instance: templates compiled once per process with compile-options.ts.
// `npm run build` precompiles them (scripts/precompile-templates.mjs): a run then loads only
// Handlebars' runtime; a template whose source no longer matches its precompiled form (edited
// since the build, or no build: tests running the sources) is compiled here as before.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type Handlebars from "handlebars";
import { packageRoot } from "../package-root.js";
import { compileOptions } from "./compile-options.js";
import { helpers } from "./helpers.js";

const templatesDir = join(packageRoot, "templates");
const require = createRequire(import.meta.url);

type Precompiled = Record<string, { sha256: string; spec: TemplateSpecification }>;
// What Handlebars.template() takes: the object precompile() prints.
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** Written into dist/ by the build, beside the compiled templates.js; never in the sources. */
const PRECOMPILED = "./precompiled.cjs";

function loadPrecompiled(): Precompiled {
  try {
    return require(PRECOMPILED) as Precompiled;
  } catch {
    return {};
  }
}

/**
 * The partials printed once per operation. `--watch` renders the whole client again after an
 * edit to one operation; an operation whose context is unchanged since the last render gets
 * the text it got then (a quarter of a 100-operation regeneration's CPU is this rendering).
 */
const PER_OPERATION = new Set(["operation", "query-read", "query-write"]);
let remembering = false;
let lastRender = new Map<string, string>();
let thisRender = new Map<string, string>();

/** `--watch`: from now on, each render keeps what it printed per operation for the next. */
export function rememberBetweenRenders(): void {
  remembering = true;
}

/** Starts a render: what the one before printed is kept for this one to reuse. */
export function beginRender(): void {
  lastRender = thisRender;
  thisRender = new Map();
}

function remembered(name: string, partial: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate {
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    if (!remembering) return partial(context, options);
    // The partial reads its context only (no @root, no ../ above it): the context is the key.
    const key = `${name}\u0000${JSON.stringify(context)}`;
    const text = thisRender.get(key) ?? lastRender.get(key) ?? partial(context, options);
    thisRender.set(key, text);
    return text;
  };
}

/** Every template by its path under templates/ without `.hbs` (`client`, `partials/operation`). */
function sources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of ["", "partials/"]) {
    for (const file of readdirSync(join(templatesDir, dir)).filter((f) => f.endsWith(".hbs")).sort()) {
      found.set(`${dir}${file.slice(0, -".hbs".length)}`, readFileSync(join(templatesDir, dir, file), "utf8"));
    }
  }
  return found;
}

interface Instance {
  handlebars: typeof Handlebars;
  make(name: string): Handlebars.TemplateDelegate;
}
let instance: Instance | undefined;
const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** The runtime and the build's templates when each one matches its source, else the compiler on every source. */
function create(): Instance {
  const all = sources();
  const built = loadPrecompiled();
  const fresh = [...all].every(([name, source]) => built[name]?.sha256 === createHash("sha256").update(source).digest("hex"));
  const make = (handlebars: typeof Handlebars, name: string): Handlebars.TemplateDelegate => {
    const spec = built[name]?.spec;
    return fresh && spec ? handlebars.template(spec) : handlebars.compile(all.get(name) ?? "", compileOptions);
  };
  const id = fresh ? "handlebars/runtime" : "handlebars";
  const handlebars = (require(id) as { default: typeof Handlebars }).default.create();
  for (const [name, helper] of Object.entries(helpers)) handlebars.registerHelper(name, helper);
  for (const name of all.keys()) {
    if (!name.startsWith("partials/")) continue;
    const partial = name.slice("partials/".length);
    handlebars.registerPartial(partial, PER_OPERATION.has(partial) ? remembered(partial, make(handlebars, name)) : make(handlebars, name));
  }
  return { handlebars, make: (name) => make(handlebars, name) };
}

export function template(name: string): Handlebars.TemplateDelegate {
  let fn = compiled.get(name);
  if (!fn) {
    instance ??= create();
    fn = instance.make(name);
    compiled.set(name, fn);
  }
  return fn;
}
