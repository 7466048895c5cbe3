// Types of scripts/docs.mjs, for test/docs.test.ts.
export function configReference(schema: unknown): string;
export function helpTexts(bin?: string): [string, string][];
export function cliReference(current: string, helps: [string, string][]): string;
export function renderDocs(): Record<string, string>;
