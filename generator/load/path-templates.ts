// A path's `{name}` templates and its path parameters must match one to one: OpenAPI 3.1
// §4.8.12.1 (Parameter Locations, "path"): "the name field MUST correspond to a template
// expression occurring within the path field", and §4.8.8 requires every template to be
// declared as a path parameter. Without the match the URL the client builds is a guess: a
// template left as written, or an argument the URL has no place for. Warned: the client is
// still generated (a path like `/a'b${d}` in a hostile fixture is text, not a template).
import type { Finding } from "./finding.js";
import { isObject, type JsonObject } from "./json-value.js";
import { appendPointer } from "./pointer.js";
import { resolveRef } from "./refs.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function pathParameterNames(list: unknown, root: JsonObject): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const parameter = isObject(item) && typeof item.$ref === "string" ? resolveRef(root, item.$ref) : item;
    return isObject(parameter) && parameter.in === "path" && typeof parameter.name === "string" ? [parameter.name] : [];
  });
}

function templateProblems(key: string, pointer: string, findings: Finding[]): string[] | undefined {
  const names = [...key.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]);
  if (/\{[^}]*(\{|$)|^[^{]*\}|\}[^{]*\}/.test(key)) {
    findings.push({ code: "structure", message: `path '${key}' has an unbalanced '{' or '}'`, pointer });
    return undefined;
  }
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length > 0) {
    findings.push({ code: "structure", message: `path '${key}' names '{${twice[0]}}' more than once`, pointer });
    return undefined;
  }
  return names;
}

export function checkPathTemplates(root: JsonObject): Finding[] {
  const findings: Finding[] = [];
  if (!isObject(root.paths)) return findings;
  for (const [key, item] of Object.entries(root.paths)) {
    if (key.startsWith("x-") || !isObject(item)) continue;
    const pointer = appendPointer("#/paths", key);
    const names = templateProblems(key, pointer, findings);
    if (names === undefined) continue;
    const shared = pathParameterNames(item.parameters, root);
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const at = appendPointer(pointer, method);
      const declared = new Set([...shared, ...pathParameterNames(operation.parameters, root)]);
      for (const name of names) {
        if (!declared.has(name)) findings.push({ code: "structure", message: `path template '{${name}}' has no path parameter named '${name}'`, pointer: at });
      }
      for (const name of declared) {
        if (!names.includes(name)) findings.push({ code: "structure", message: `path parameter '${name}' is not in the path '${key}'`, pointer: at });
      }
    }
  }
  return findings;
}
