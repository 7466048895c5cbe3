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

let instance: typeof Handlebars | undefined;
const compiled = new Map<string, Handlebars.TemplateDelegate>();

function handlebars(): typeof Handlebars {
  if (instance) return instance;
  instance = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers)) instance.registerHelper(name, helper);
  const partials = join(templatesDir, "partials");
  for (const file of readdirSync(partials).filter((f) => f.endsWith(".hbs")).sort()) {
    const source = readFileSync(join(partials, file), "utf8");
    instance.registerPartial(basename(file, ".hbs"), instance.compile(source, compileOptions));
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
