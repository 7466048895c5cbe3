import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { InvalidDocumentError, type DocumentProblem } from "../../../generator/errors.js";

/** The repository root: tests run with it as cwd so messages name files as a user would. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");


/** Awaits a load that must fail with InvalidDocumentError and returns its problems. */
export async function problemsOf(load: Promise<unknown>): Promise<DocumentProblem[]> {
  const error: unknown = await load.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidDocumentError);
  return (error as InvalidDocumentError).problems;
}

/** The text at a 1-based line and column, for checking that a location points where it says. */
export function textAt(text: string, line: number, column: number): string {
  return text.split("\n")[line - 1].slice(column - 1);
}

/** The value at a path of plain keys, untyped: tests compare it with toEqual. */
export function dig(value: unknown, ...keys: string[]): unknown {
  let node = value;
  for (const key of keys) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}
