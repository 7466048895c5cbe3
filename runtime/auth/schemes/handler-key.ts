// Which scheme handler serves a scheme. The one owner of this mapping: the generator's
// security.ts imports exactly the handlers these keys name (generator/render/scheme-map.ts).
// It imports types only, so the generator can call it too.
import type { SchemeDescriptor } from "../../descriptors.js";
import type { HandlerKey } from "../contracts.js";

/** The fields that decide: a SchemeDescriptor, or the generator's model of one. */
type KeyedScheme = Pick<SchemeDescriptor, "type"> & { readonly scheme?: string };

export function handlerKey(scheme: KeyedScheme): HandlerKey {
  if (scheme.type !== "http") return scheme.type;
  const name = (scheme.scheme ?? "").toLowerCase();
  return name === "basic" || name === "bearer" ? name : "http";
}
