// "did you mean --input?": yargs' strict mode names an unknown flag but suggests nothing for
// flags (its recommendCommands covers commands only), so the nearest known flag is found here.

/** Edit distance (insert, delete, substitute, swap two neighbours: `inptu` -> `input` is 1). */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The known long flag nearest to `unknown` (at most 2 edits, and fewer than half its letters). */
export function nearestFlag(unknown: string, known: readonly string[]): string | undefined {
  const wanted = unknown.replace(/^-+/, "").toLowerCase();
  let found: { flag: string; cost: number } | undefined;
  for (const flag of known) {
    if (flag.length < 2) continue;
    const cost = distance(wanted, flag.toLowerCase());
    if (cost <= 2 && cost * 2 < flag.length && (!found || cost < found.cost)) found = { flag, cost };
  }
  return found?.flag;
}

/**
 * yargs' "Unknown argument(s): inptu, baseUr" as "Unknown argument: --inptu (did you mean
 * --input?)"; yargs also lists a camelCase twin of a kebab-case flag, which is dropped.
 */
export function withSuggestions(message: string, known: readonly string[]): string {
  const match = /^Unknown arguments?: (.+)$/.exec(message);
  if (!match?.[1]) return message;
  const names = match[1].split(", ");
  const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const unique = names.filter((name) => name === kebab(name) || !names.includes(kebab(name)));
  const shown = unique.map((name) => {
    const flag = name.length === 1 ? `-${name}` : `--${name}`;
    const near = nearestFlag(name, known);
    return near ? `${flag} (did you mean --${near}?)` : flag;
  });
  return `Unknown argument${shown.length === 1 ? "" : "s"}: ${shown.join(", ")}`;
}
