// Long generated texts (schema.ts, operations.ts) are kept as parts, never as one flat string:
// V8 copies a rope into a single string the first time native code (a hash, a write) or a
// character read touches it whole, two bytes a character when any part holds a character
// beyond Latin-1. Microsoft Graph's schema.ts and operations.ts flattened so: 48 + 61 MB, at
// the run's peak.

/**
 * Strings joined by `+`, which V8 keeps as a rope of the parts until the text is read whole,
 * where `join` would copy them into a new string at once (13 MB each time for GitHub's types).
 */
export const concat = (parts: readonly string[]): string => parts.reduce((text, part) => text + part, "");
