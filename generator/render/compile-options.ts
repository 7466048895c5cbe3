// How every template is compiled, at build time (scripts/precompile-templates.mjs) and at run
// time alike: strict (a field the model does not have is an error, not an empty string), only
// our own helpers, no HTML escaping.
import { helpers } from "./helpers.js";

export const compileOptions = {
  strict: true,
  knownHelpersOnly: true,
  noEscape: true,
  knownHelpers: Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
};
