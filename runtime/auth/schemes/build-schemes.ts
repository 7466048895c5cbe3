// Turns each configured scheme (OpenAPI 3.1 §4.8.27 Security Scheme Object) into a
// SchemeRuntime through its handler. Schemes the caller did not configure are absent, which
// is what makes an alternative "not fully configured" (DESIGN §4). The handlers come from
// the generated security.ts, which imports only those its document's schemes need, so a
// client without oauth2 carries no token-endpoint code (handlers.ts).
import type { SchemeDescriptors } from "../../descriptors.js";
import type { BuiltScheme, SchemeContext, SchemeHandlers } from "../contracts.js";
import { handlerKey } from "./handler-key.js";

export function buildSchemes(
  schemes: SchemeDescriptors,
  auth: Readonly<Record<string, unknown>>,
  context: SchemeContext,
  handlers: SchemeHandlers,
): Map<string, BuiltScheme> {
  const built = new Map<string, BuiltScheme>();
  for (const [name, scheme] of Object.entries(schemes)) {
    // Own properties only: a scheme named "__proto__" or "toString" must not find Object's.
    const config = Object.prototype.hasOwnProperty.call(auth, name) ? auth[name] : undefined;
    if (config === undefined || config === null || config === false) continue;
    const handler = handlers[handlerKey(scheme)];
    if (handler === undefined) {
      throw new TypeError(`keyway: no handler for the ${handlerKey(scheme)} scheme "${name}"; ApiDescriptor.authRuntime.handlers must include it (generated security.ts does)`);
    }
    built.set(name, handler(name, scheme, config, context));
  }
  return built;
}
