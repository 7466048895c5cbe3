// Which scheme handler serves a scheme: the runtime's one owner of this mapping. The
// generated security.ts imports exactly the handlers these keys name; the generator keeps
// the same function (generator/render/scheme-map.ts), as importing runtime/ from the
// generator would make the build emit part of runtime/ into dist/.
import type { SchemeDescriptor } from "../../descriptors.js";
import type { HandlerKey } from "../contracts.js";

export function handlerKey(scheme: SchemeDescriptor): HandlerKey {
  if (scheme.type !== "http") return scheme.type;
  const name = scheme.scheme.toLowerCase();
  return name === "basic" || name === "bearer" ? name : "http";
}
