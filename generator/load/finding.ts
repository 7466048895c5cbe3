import type { ProblemCode } from "../errors.js";

/**
 * A problem found by a check, before it is located: `pointer` is in the bundled document
 * (the locator maps it back to the file and line it came from).
 */
export interface Finding {
  code: ProblemCode;
  message: string;
  pointer: string;
}
