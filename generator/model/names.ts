// Identifiers made from document text. Whatever a document names its operations or tags, the
// result is a valid, unique JavaScript identifier that can not collide with the names the
// generated index exports besides the operations.

const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends " +
    "false finally for function if import in instanceof new null return super switch this throw " +
    "true try typeof var void while with implements interface let package private protected " +
    "public static yield await arguments eval undefined NaN Infinity constructor prototype __proto__"
  ).split(" "),
);

/** Names the generated index.ts exports next to the operations (schema types, client, runtime). */
export const EXPORTED_NAMES = new Set([
  "createClient",
  "Client",
  "ClientOptions",
  "request",
  "requestWithResponse",
  "createRuntimeClient",
  "signOut",
  "signIn",
  "isApiError",
  "isAuthError",
  "memoryTokenStore",
  "localStorageTokenStore",
  "sessionStorageTokenStore",
  "cookieTokenStore",
  "paths",
  "components",
  "operations",
  "webhooks",
  "securitySchemes",
  "servers",
  "api",
  // Stems whose derived type names (`${Stem}Error`, `${Stem}Data`) the runtime exports.
  "auth",
  "binary",
  "sessionEnded",
]);

/**
 * Splits on anything that is not a letter or digit, on lower-to-upper case changes, and
 * where an acronym meets a word (`TVListings` -> `TV Listings`, `SIGNUPId` -> `SIGNUP Id`).
 */
function words(text: string): string[] {
  return text
    .normalize("NFC")
    .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
    .split(/[^\p{L}\p{Nd}]+/u)
    .filter(Boolean);
}

const upperFirst = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A leading acronym is lowered whole: `GET_AttachInstances` -> `getAttachInstances`, not `gETAttachInstances`. */
const lowerFirst = (word: string): string => (word === word.toUpperCase() ? word.toLowerCase() : word.charAt(0).toLowerCase() + word.slice(1));

export function camelCase(text: string): string {
  return words(text).map((word, i) => (i === 0 ? lowerFirst(word) : upperFirst(word))).join("");
}

export function pascalCase(text: string): string {
  return words(text).map(upperFirst).join("");
}

/** A valid identifier for `text`, never empty, never a reserved word. */
export function safeIdentifier(text: string, fallback: string): string {
  let name = camelCase(text) || fallback;
  if (/^\p{Nd}/u.test(name)) name = `_${name}`;
  if (RESERVED_WORDS.has(name)) name = `${name}_`;
  return name;
}

/**
 * A property name for `api.<group>`: reserved words are fine after a dot, but keys that
 * Object.assign would treat specially are not.
 */
export function safePropertyName(text: string, fallback: string): string {
  let name = camelCase(text) || fallback;
  if (/^\p{Nd}/u.test(name)) name = `_${name}`;
  if (name === "__proto__" || name === "constructor" || name === "prototype") name = `${name}_`;
  return name;
}

/** `GET /pets/{petId}/photos` -> `getPetsByPetIdPhotos`, for operations without an operationId. */
export function nameFromRoute(method: string, path: string): string {
  const segments = path.split("/").filter(Boolean).map((segment) => {
    const param = /^\{(.+)\}$/.exec(segment);
    return param ? `by ${param[1]}` : segment;
  });
  return [method, ...segments].join(" ");
}

/**
 * Hands out unique names in call order: the second `getPet` becomes `getPet2`. Deterministic,
 * because operations are visited in document order. Compared case-insensitively as well,
 * since per-tag files named after groups must not clash on case-insensitive file systems.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}
