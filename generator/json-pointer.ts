// RFC 6901 JSON pointers in URI-fragment form (`#/paths/~1pets/get`), shared by the stages.

export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function toPointer(tokens: readonly (string | number)[]): string {
  return "#" + tokens.map((t) => "/" + escapeToken(String(t))).join("");
}

/** The value a local `#/...` pointer names, or undefined when it names nothing. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node = document;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const token = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
