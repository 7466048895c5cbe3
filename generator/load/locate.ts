// From a JSON pointer of the document handed on to the file, pointer and line it came from.
// Positions are looked up only when asked (a message is being printed), never up front.
import type { SourceLocation } from "../errors.js";
import type { Origin } from "./bundle.js";
import type { ParsedSource } from "./parse.js";
import { joinPointer, parsePointer } from "./pointer.js";

export interface LocatorInput {
  /** The bundled document as written in the source's own version (before any conversion). */
  bundled: unknown;
  entry: ParsedSource;
  externals: Map<string, ParsedSource>;
  origins: Map<object, Origin>;
  /** Maps a pointer of the handed-on document to the source's shape (Swagger 2.0 input). */
  translate?: (segments: string[]) => string[];
}

export type Locate = (pointer: string) => SourceLocation;

export interface Locator {
  locate: Locate;
  /** The source a pointer's node came from and its path there. */
  originOf(pointer: string): Origin & { parsed: ParsedSource };
}

export function createLocator(input: LocatorInput): Locator {
  const originAt = (pointer: string) => {
    const segments = parsePointer(pointer);
    const origin = originOf(input, input.translate ? input.translate(segments) : segments);
    return { ...origin, parsed: input.externals.get(origin.sourceId) ?? input.entry };
  };
  return {
    originOf: originAt,
    locate: (pointer) => {
      const { parsed, segments } = originAt(pointer);
      const { line, column } = parsed.position(segments);
      return { file: parsed.source.display, pointer: joinPointer(segments), line, column };
    },
  };
}

/** Walks the bundled document; an object that came from another file restarts the path there. */
function originOf(input: LocatorInput, segments: readonly string[]): Origin {
  let origin: Origin = { sourceId: input.entry.source.id, segments: [] };
  let node: unknown = input.bundled;
  for (const segment of segments) {
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
    const from = typeof node === "object" && node !== null ? input.origins.get(node) : undefined;
    origin = from ? { sourceId: from.sourceId, segments: [...from.segments] } : { ...origin, segments: [...origin.segments, segment] };
  }
  return origin;
}

/** Where swagger2openapi moved things from (Swagger 2.0 -> OpenAPI 3.0), so a pointer finds its source. */
const COMPONENTS: Record<string, string> = {
  schemas: "definitions",
  securitySchemes: "securityDefinitions",
  parameters: "parameters",
  requestBodies: "parameters",
  responses: "responses",
};

export function swagger2Pointer(segments: string[]): string[] {
  let out = [...segments];
  if (out[0] === "components" && out[1] in COMPONENTS) {
    out = out[1] === "requestBodies" ? [COMPONENTS[out[1]], ...out.slice(2, 3)] : [COMPONENTS[out[1]], ...out.slice(2)];
  }
  if (out[0] === "servers") return ["host"];
  // Swagger 2.0 body parameters became requestBody; the source has them among `parameters`.
  const body = out.indexOf("requestBody");
  if (out[0] === "paths" && body > 0) out = [...out.slice(0, body), "parameters"];
  // OpenAPI 3 `content/{mediaType}/schema` was one `schema` in a Swagger 2.0 response.
  const content = out.indexOf("content");
  if (content > 0 && out[content + 2] === "schema") out = [...out.slice(0, content), ...out.slice(content + 2)];
  return out;
}
