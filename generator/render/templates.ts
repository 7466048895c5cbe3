// A private Handlebars instance: templates compiled once per process, strict (a field the
// model does not have is an error, not an empty string), only our own helpers, no HTML escaping.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import Handlebars from "handlebars";
import { packageRoot } from "../package-root.js";
import { helpers } from "./helpers.js";

const templatesDir = join(packageRoot, "templates");
const compileOptions = {
  strict: true,
  knownHelpersOnly: true,
  noEscape: true,
  knownHelpers: Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
};

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

let instance: typeof Handlebars | undefined;
const compiled = new Map<string, Handlebars.TemplateDelegate>();

function handlebars(): typeof Handlebars {
  if (instance) return instance;
  instance = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers)) instance.registerHelper(name, helper);
  const partials = join(templatesDir, "partials");
  for (const file of readdirSync(partials).filter((f) => f.endsWith(".hbs")).sort()) {
    const source = readFileSync(join(partials, file), "utf8");
    const name = basename(file, ".hbs");
    const partial = instance.compile(source, compileOptions);
    instance.registerPartial(name, PER_OPERATION.has(name) ? remembered(name, partial) : partial);
  }
  return instance;
}

export function template(name: string): Handlebars.TemplateDelegate {
  let fn = compiled.get(name);
  if (!fn) {
    fn = handlebars().compile(readFileSync(join(templatesDir, `${name}.hbs`), "utf8"), compileOptions);
    compiled.set(name, fn);
  }
  return fn;
}
