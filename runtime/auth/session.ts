// DESIGN §4 "Hooks": `signOut(client)` empties every token store of the client, beating a
// refresh in flight (§4.9); after a sign-in, the session's tokens go to the stores of one
// scheme or of every token-carrying one. Reached only from client.ts's signOut and signIn,
// so an app that calls neither bundles none of this.
import type { TokenSet } from "./config.js";
import type { AuthHandle } from "./contracts.js";

export async function signOutAll(handle: AuthHandle): Promise<void> {
  await Promise.all(handle.sources().map((source) => source.signOut()));
}

export async function signInTo(handle: AuthHandle, tokens: TokenSet, scheme?: string): Promise<void> {
  const targets = handle.sources(scheme);
  if (targets.length === 0) throw new TypeError(`keyway: no token store to sign in to${scheme === undefined ? "" : ` for ${scheme}`}`);
  await Promise.all(targets.map((source) => source.signIn(tokens)));
}
