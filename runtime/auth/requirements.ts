// OpenAPI 3.1 §4.8.30 Security Requirement Object, as DESIGN §4 applies it: alternatives are
// OR and exactly one is applied — the first whose schemes are all configured (hey-api #3195
// sent both); the schemes inside one are AND; an empty alternative `{}` allows anonymous
// access and is taken only when no other alternative is configured.
import type { OperationDescriptor } from "../descriptors.js";
import type { BuiltScheme, Credential, WaitLimits } from "./contracts.js";
import { AuthError } from "./errors.js";
import { isThenable } from "./maybe-promise.js";

export interface Selection {
  operation: OperationDescriptor;
  schemes: ReadonlyMap<string, BuiltScheme>;
  /** False when the request leaves the pinned origins: no credential may go there. */
  pinned: boolean;
  limits: WaitLimits;
}

/** The credentials to attach ([] for anonymous), or an AuthError before anything is sent. */
export async function selectCredentials(selection: Selection): Promise<Credential[]> {
  const { operation, schemes, pinned, limits } = selection;
  let anonymous = false;
  const empty = new Set<string>();
  for (const alternative of operation.security) {
    const names = Object.keys(alternative);
    if (names.length === 0) {
      anonymous = true;
      continue;
    }
    if (!pinned || names.some((name) => !schemes.has(name))) continue;
    const credentials: Credential[] = [];
    for (const name of names) {
      const pending = schemes.get(name)?.runtime.resolve(limits);
      const credential = isThenable(pending) ? await pending : pending;
      if (credential === null || credential === undefined) {
        empty.add(name);
        break;
      }
      credentials.push(credential);
    }
    if (credentials.length === names.length) return credentials;
  }
  if (anonymous) return [];
  throw refusal(operation, pinned, [...empty]);
}

/** §4.10: an operation without security needs nothing attached and waits for nothing. */
export function needsCredentials(operation: OperationDescriptor | undefined): operation is OperationDescriptor {
  return operation !== undefined && operation.security.length > 0;
}

/** An empty alternative `{}` (OpenAPI 3.1 §4.8.30): the operation may be called anonymously. */
function allowsAnonymous(operation: OperationDescriptor): boolean {
  return operation.security.some((alternative) => Object.keys(alternative).length === 0);
}

/**
 * A client without an auth layer (a document without security schemes) can meet no named
 * requirement: the refusal to throw before sending, or undefined when the call may go.
 */
export function refusalWithoutAuth(operation: OperationDescriptor): AuthError | undefined {
  return !needsCredentials(operation) || allowsAnonymous(operation) ? undefined : refusal(operation, true);
}

/**
 * Why nothing was sent: no alternative configured, a configured one with nothing to send now
 * (signed out, an empty store), or an origin that may not get credentials.
 */
function refusal(operation: OperationDescriptor, pinned: boolean, empty: readonly string[] = []): AuthError {
  if (!pinned) {
    return new AuthError("origin_not_allowed", `${operation.id}: the request goes to an origin outside baseURL and allowedOrigins; credentials are not sent there`);
  }
  const needed = operation.security.map((alternative) => Object.keys(alternative).join(" + ")).join(" or ");
  if (empty.length > 0) {
    const which = empty.join(", ");
    return new AuthError("missing_credentials", `${operation.id}: needs ${needed}; ${which} is configured but has no credential now (signed out, or its token store is empty; nothing was sent)`);
  }
  return new AuthError("missing_credentials", `${operation.id}: needs ${needed}; none of these is configured (nothing was sent)`);
}
