// OpenAPI 3.1 §4.8.12 Parameter Object.
// https://spec.openapis.org/oas/v3.1.0#parameter-object
import type { ParameterObject, ReferenceObject } from "openapi-typescript";
import { docOf } from "./doc.js";
import { mediaKind } from "./media.js";
import { holdsMarks } from "./read-write.js";
import { deref, type ModelContext } from "./ref.js";
import type { Parameter, ParameterGroup, ParameterLocation, ParameterStyle } from "./types.js";

const LOCATIONS: readonly ParameterLocation[] = ["path", "query", "header", "cookie"];

/** §4.8.12.4: the styles each location allows, the first being its default. */
const STYLES: Record<ParameterLocation, readonly ParameterStyle[]> = {
  path: ["simple", "label", "matrix"],
  query: ["form", "spaceDelimited", "pipeDelimited", "deepObject"],
  header: ["simple"],
  cookie: ["form"],
};

export function buildParameter(
  ctx: ModelContext,
  raw: ParameterObject | ReferenceObject,
  at: string,
): Parameter | undefined {
  const param = deref<ParameterObject>(ctx, raw, at);
  if (!param) return undefined;
  const location = param.in as ParameterLocation;
  if (!LOCATIONS.includes(location) || typeof param.name !== "string") {
    ctx.warn(at, `parameter in '${String(param.in)}' is not supported and was skipped`);
    return undefined;
  }
  let style = (param.style ?? STYLES[location][0]) as ParameterStyle;
  if (!STYLES[location].includes(style)) {
    ctx.warn(at, `style '${style}' is not allowed in ${location}; using '${STYLES[location][0]}'`);
    style = STYLES[location][0];
  }
  warnUnsupported(ctx, param, location, at);
  const contentType = param.content ? Object.keys(param.content)[0] : undefined;
  const schema = contentType === undefined ? param.schema : (param.content?.[contentType] as { schema?: unknown } | undefined)?.schema;
  return {
    name: param.name,
    in: location,
    // §4.8.12.2: path parameters are always required.
    required: location === "path" || param.required === true,
    style,
    // §4.8.12.2: explode defaults to true for form, false for every other style.
    explode: typeof param.explode === "boolean" ? param.explode : style === "form",
    allowReserved: param.allowReserved === true,
    contentType,
    readWrite: holdsMarks(ctx.document, schema),
    doc: docOf(param),
  };
}

/** §4.8.12.1: header parameters with these names SHALL be ignored. */
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);

/** Parameters the client sends, but not the way the document may expect. */
function warnUnsupported(ctx: ModelContext, param: ParameterObject, location: ParameterLocation, at: string): void {
  const name = param.name;
  if (location === "cookie") {
    ctx.warn(at, `cookie parameter '${name}' is sent in a Cookie header, which browsers do not let scripts set: it works from Node, not from a browser`);
  }
  if (location === "header" && IGNORED_HEADERS.has(name.toLowerCase())) {
    ctx.warn(at, `header parameter '${name}' is ignored, as OpenAPI requires; the body and security schemes set that header`);
  }
  const types = Object.keys(param.content ?? {});
  if (types.length > 1) ctx.warn(`${at}/content`, `parameter '${name}' lists ${types.length} media types; only '${types[0]}' is used`);
  // A JSON type is sent as JSON text, a text/* type as the string itself; nothing else is known.
  if (types.length > 0 && mediaKind(types[0]) !== "json" && !/^text\//i.test(types[0])) {
    ctx.warn(`${at}/content`, `parameter '${name}' has content '${types[0]}'; it is sent JSON-encoded (only JSON and text/* are understood)`);
  }
}

/**
 * §4.8.10: path-item parameters apply to every operation below it; an operation's own
 * parameter with the same name and location replaces one of the path item.
 */
export function buildParameters(
  ctx: ModelContext,
  pathLevel: { raw: (ParameterObject | ReferenceObject)[]; at: string },
  opLevel: { raw: (ParameterObject | ReferenceObject)[]; at: string },
): ParameterGroup[] {
  const byKey = new Map<string, Parameter>();
  for (const level of [pathLevel, opLevel]) {
    level.raw.forEach((raw, index) => {
      const param = buildParameter(ctx, raw, `${level.at}/${index}`);
      if (param) byKey.set(`${param.in}\u0000${param.name}`, param);
    });
  }
  const all = [...byKey.values()];
  return LOCATIONS.map((location) => {
    const parameters = all.filter((p) => p.in === location);
    return { location, required: parameters.some((p) => p.required), readWrite: parameters.some((p) => p.readWrite), parameters };
  }).filter((group) => group.parameters.length > 0);
}
