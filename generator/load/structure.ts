// The structural checks that later stages rely on, on the document as the source wrote it
// (Swagger 2.0 or OpenAPI 3.x). Deliberately not a full schema validation: Redocly's `struct`
// rule takes a second on GitHub's document and rejects GitHub's and Stripe's own documents
// (`nullable` without `type`), which openapi-typescript reads fine.
import { HTTP_METHODS } from "../../runtime/descriptors.js";
import type { Finding } from "./finding.js";
import { isObject, typeName, type JsonObject } from "./json-value.js";
import { appendPointer } from "./pointer.js";

type Family = "swagger2" | "openapi3";

const PARAMETER_IN: Record<Family, string[]> = {
  openapi3: ["query", "header", "path", "cookie"], // OpenAPI 3.1 §4.8.12.1
  swagger2: ["query", "header", "path", "formData", "body"], // Swagger 2.0 Parameter Object
};
const SCHEME_TYPES: Record<Family, string[]> = {
  openapi3: ["apiKey", "http", "mutualTLS", "oauth2", "openIdConnect"], // OpenAPI 3.1 §4.8.27.1
  swagger2: ["basic", "apiKey", "oauth2"],
};

class Checker {
  readonly findings: Finding[] = [];
  constructor(readonly family: Family, readonly version: string) {}

  report(pointer: string, message: string): void {
    this.findings.push({ code: "structure", message, pointer });
  }

  /** True when `value` has the wanted shape; otherwise reports it under `label`. */
  expect(value: unknown, want: "object" | "array", pointer: string, label: string): boolean {
    if (want === "array" ? Array.isArray(value) : isObject(value)) return true;
    this.report(pointer, `${label} must be an ${want}, found ${typeName(value)}`);
    return false;
  }

  root(doc: JsonObject): void {
    if (!("info" in doc)) this.report("#", "missing required field 'info'");
    else this.expect(doc.info, "object", "#/info", "'info'");
    // OpenAPI 3.1 §4.8.1: `paths` became optional (a document may hold only webhooks or components).
    const pathsOptional = this.version.startsWith("3.1");
    if (!("paths" in doc)) {
      if (!pathsOptional) this.report("#", "missing required field 'paths'");
    } else if (this.expect(doc.paths, "object", "#/paths", "'paths'")) this.paths(doc.paths as JsonObject);
    if (this.family === "openapi3" && "components" in doc) this.expect(doc.components, "object", "#/components", "'components'");
    const schemes = this.securitySchemes(doc);
    if ("security" in doc) this.security(doc.security, "#/security", schemes);
    if (this.family === "openapi3" && "servers" in doc) this.expect(doc.servers, "array", "#/servers", "'servers'");
    for (const [name, parameter] of Object.entries(this.componentGroup(doc, "parameters"))) {
      this.parameter(parameter, appendPointer(this.componentsPointer("parameters"), name));
    }
    this.eachOperation(doc, (operation, pointer) => this.security(operation.security, `${pointer}/security`, schemes));
  }

  paths(paths: JsonObject): void {
    for (const [key, item] of Object.entries(paths)) {
      if (key.startsWith("x-")) continue;
      const pointer = appendPointer("#/paths", key);
      if (!key.startsWith("/")) this.report(pointer, `path '${key}' must start with '/'`);
      if (!this.expect(item, "object", pointer, "path item")) continue;
      const pathItem = item as JsonObject;
      if ("parameters" in pathItem) this.parameters(pathItem.parameters, `${pointer}/parameters`);
      for (const method of HTTP_METHODS) {
        if (method in pathItem) this.operation(pathItem[method], appendPointer(pointer, method));
      }
    }
  }

  operation(operation: unknown, pointer: string): void {
    if (!this.expect(operation, "object", pointer, "operation")) return;
    const op = operation as JsonObject;
    if ("parameters" in op) this.parameters(op.parameters, `${pointer}/parameters`);
    // Required in Swagger 2.0 and OpenAPI 3.0 (§4.7.10); optional since 3.1.
    if (!("responses" in op) && !this.version.startsWith("3.1")) this.report(pointer, "operation has no 'responses'");
    else if ("responses" in op) this.expect(op.responses, "object", `${pointer}/responses`, "'responses'");
  }

  parameters(list: unknown, pointer: string): void {
    if (!this.expect(list, "array", pointer, "'parameters'")) return;
    (list as unknown[]).forEach((parameter, i) => this.parameter(parameter, `${pointer}/${i}`));
  }

  parameter(parameter: unknown, pointer: string): void {
    if (!this.expect(parameter, "object", pointer, "parameter")) return;
    const p = parameter as JsonObject;
    if (typeof p.$ref === "string") return;
    if (typeof p.name !== "string") this.report(pointer, "parameter has no 'name'");
    const allowed = PARAMETER_IN[this.family];
    if (!("in" in p)) this.report(pointer, "parameter has no 'in'");
    else if (typeof p.in !== "string" || !allowed.includes(p.in)) {
      this.report(`${pointer}/in`, `parameter 'in' must be one of ${allowed.join(", ")}, found '${String(p.in)}'`);
    }
  }

  componentsPointer(group: string): string {
    if (this.family === "openapi3") return `#/components/${group}`;
    return group === "securitySchemes" ? "#/securityDefinitions" : `#/${group}`;
  }

  componentGroup(doc: JsonObject, group: string): JsonObject {
    const holder = this.family === "openapi3" ? doc.components : doc;
    const key = this.family === "swagger2" && group === "securitySchemes" ? "securityDefinitions" : group;
    if (!isObject(holder) || !(key in holder)) return {};
    const pointer = this.componentsPointer(group);
    return this.expect(holder[key], "object", pointer, `'${key}'`) ? (holder[key] as JsonObject) : {};
  }

  securitySchemes(doc: JsonObject): Set<string> {
    const schemes = this.componentGroup(doc, "securitySchemes");
    const allowed = SCHEME_TYPES[this.family];
    for (const [name, scheme] of Object.entries(schemes)) {
      const pointer = appendPointer(this.componentsPointer("securitySchemes"), name);
      if (!this.expect(scheme, "object", pointer, "security scheme")) continue;
      const s = scheme as JsonObject;
      if (typeof s.$ref === "string") continue;
      if (!("type" in s)) this.report(pointer, "security scheme has no 'type'");
      else if (typeof s.type !== "string" || !allowed.includes(s.type)) {
        this.report(`${pointer}/type`, `unknown security scheme type '${String(s.type)}'`);
      }
    }
    return new Set(Object.keys(schemes));
  }

  /** OpenAPI 3.1 §4.8.30: each name of a requirement MUST be a declared security scheme. */
  security(value: unknown, pointer: string, schemes: Set<string>): void {
    if (value === undefined || !this.expect(value, "array", pointer, "'security'")) return;
    (value as unknown[]).forEach((requirement, i) => {
      const at = `${pointer}/${i}`;
      if (!this.expect(requirement, "object", at, "security requirement")) return;
      for (const name of Object.keys(requirement as JsonObject)) {
        if (!schemes.has(name)) this.report(appendPointer(at, name), `security scheme '${name}' is not defined`);
      }
    });
  }

  eachOperation(doc: JsonObject, visit: (operation: JsonObject, pointer: string) => void): void {
    if (!isObject(doc.paths)) return;
    for (const [key, item] of Object.entries(doc.paths)) {
      if (!isObject(item) || key.startsWith("x-")) continue;
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (isObject(operation)) visit(operation, appendPointer(appendPointer("#/paths", key), method));
      }
    }
  }
}

export function checkStructure(doc: JsonObject, family: Family, version: string): Finding[] {
  const checker = new Checker(family, version);
  checker.root(doc);
  return checker.findings;
}
