// `signOut(client)`, re-exported by the generated index (DESIGN §4 "Hooks"). The auth handle
// lives in the client's state under a symbol, so operations and state never share names.
import { clientState, type RuntimeClient } from "../client.js";

export function signOut(client: RuntimeClient): Promise<void> {
  return client[clientState].auth?.signOut() ?? Promise.resolve();
}
