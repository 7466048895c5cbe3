// Types for synthetic.mjs, which tests import too (test/generator/render/prettier-identity).
export function syntheticDocument(operations: number): Record<string, unknown>;
export function writeSyntheticDocument(operations: number, file: string): void;
