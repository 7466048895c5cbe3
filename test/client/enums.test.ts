// Named enums end to end: every fixture of fixtures/enums generates a client whose enums.ts
// tsc --strict accepts, used as a user would (values in a call, a response compared with a
// member, a wrong literal refused); the values travel to a live server on 127.0.0.1; and a
// malformed vendor extension is a warning with file, pointer and line:column, exit 0.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli, tempDir } from "../support/cli.js";
import { startEchoServer, replyJson, type EchoServer } from "../support/echo-server.js";
import { generateFixture, repoRoot, scratchDir, typecheckFixtures } from "../support/fixture-clients.js";
import { generate } from "../support/generate.js";
import { markedAndReported } from "../support/typecheck.js";

const FIXTURES = join(repoRoot, "fixtures/enums");
const fixtures = readdirSync(FIXTURES).filter((file) => file.endsWith(".yaml")).sort();

/** What a user writes against each fixture's client; a line marked `// expected error TSnnnn` must fail with that code. */
const USAGE: Record<string, string> = {
  "varnames.yaml": `
import { createClient, listTasks, TaskStatus, Priority, Direction, type Task } from "./index.js";
import type { TaskStatus as StatusType } from "./types.js";
const api = createClient({ baseURL: "http://127.0.0.1:1" });
export async function use(): Promise<TaskStatus[]> {
  const tasks: Task[] = await listTasks(api, { query: { status: TaskStatus.InProgress, direction: Direction.desc } });
  const fromWire: TaskStatus = tasks[0].status;
  const same: StatusType = fromWire;
  const high: Priority = Priority.High;
  // not a member of the enum
  const wrong: TaskStatus = "doing"; // expected error TS2322
  // the object is read-only
  TaskStatus.Done = "todo"; // expected error TS2540
  return Object.values(TaskStatus).filter((status) => status !== same && high > 0 && wrong !== status);
}
`,
  "enum-names.yaml": `
import { Severity } from "./index.js";
export const levels: Severity[] = [Severity.Info, Severity.Warning, Severity.Error];
// 3 is not a severity
export const none: Severity = 3; // expected error TS2322
`,
  "derived-names.yaml": `
import { Stock } from "./index.js";
export const all: (Stock & string)[] = [Stock.in_stock, Stock.out_of_stock, Stock._2nd_hand, Stock.Empty, Stock.default, Stock.__proto___];
export const unset: Stock = null;
`,
  "numeric.yaml": `
import { Level, Flag } from "./index.js";
export const levels: Level[] = [Level._0, Level.Minus1, Level._1_5];
export const flags: Flag[] = [Flag.true, Flag.false];
`,
  "swagger2.yaml": `
import { Color, Order } from "./index.js";
export const picked: [Color, Order] = [Color.Green, Order.Descending];
`,
  "clashes.yaml": `
import { Mode, SortParameter, type Sort } from "./index.js";
export const modes: Mode[] = [Mode.a_b, Mode.a_b2, Mode.a_b3];
export const order: SortParameter = SortParameter.asc;
export const sort: Sort = { by: "name" };
`,
};

describe("every enums fixture", () => {
  const root = scratchDir("enums/typecheck");
  const warnings: Record<string, string[]> = {};

  beforeAll(async () => {
    for (const fixture of fixtures) {
      const generated = await generateFixture(join(FIXTURES, fixture), join(root, fixture.replace(/\W+/g, "-")));
      warnings[fixture] = generated.warnings.map((w) => `${w.pointer} (${w.line}:${w.column}): ${w.message}`);
      if (USAGE[fixture]) writeFileSync(join(generated.output, "usage.ts"), USAGE[fixture]);
    }
  }, 120_000);

  test("has a usage for each fixture but the malformed one", () => {
    expect(fixtures.filter((fixture) => !USAGE[fixture])).toEqual(["descriptions.yaml", "mismatched.yaml"]);
  });

  test("tsc --strict: the clients compile, and each usage fails exactly on its marked lines", { timeout: 300_000 }, async () => {
    const clients = fixtures.map((fixture) => fixture.replace(/\W+/g, "-"));
    const errors = await typecheckFixtures(root, clients);
    const unexpected = Object.entries(errors).flatMap(([client, lines]) => lines.filter((line) => !line.startsWith(`${client}/usage.ts(`)));
    expect(unexpected).toEqual([]);
    const usages = fixtures.filter((fixture) => USAGE[fixture]);
    const checked = usages.map((fixture) => {
      const client = fixture.replace(/\W+/g, "-");
      return { fixture, ...markedAndReported(join(root, client, "usage.ts"), errors[client] ?? []) };
    });
    expect(checked.flatMap((c) => c.marked)).toHaveLength(3);
    for (const { fixture, marked, reported } of checked) expect({ fixture, reported }).toEqual({ fixture, reported: marked });
  });

  test("only the clashes and the malformed extensions warn", () => {
    expect(Object.entries(warnings).filter(([, list]) => list.length > 0).map(([fixture]) => fixture)).toEqual(["clashes.yaml", "mismatched.yaml"]);
    expect(warnings["clashes.yaml"]).toEqual([
      "#/components/schemas/Mode/enum/1 (15:19): the member name 'a_b' is taken in this enum: the value \"a_b\" is named 'a_b2'",
      "#/components/schemas/Mode/enum/2 (15:24): the member name 'a_b' is taken in this enum: the value \"a b\" is named 'a_b3'",
    ]);
  });

  test("descriptions become each member's JSDoc, a comment end in one escaped", () => {
    const text = readFileSync(join(root, "descriptions-yaml", "enums.ts"), "utf8");
    expect(text).toContain("  /**\n   * No card needed\n   */\n  free: \"free\",");
    expect(text).toContain("  /**\n   * Billed monthly *\\/ not a comment end\n   */\n  pro: \"pro\",");
    expect(text).toContain("\n\nexport const Region = {\n  /**\n   * Frankfurt\n   */\n  eu: \"eu\",");
    expect(text).toContain("/**\n * What a subscription costs.\n */\nexport const Plan = {");
  });
});

describe("the malformed extensions, from the CLI", () => {
  test("one located warning each, exit 0, and a client", async () => {
    const out = join(tempDir("keyway-enums-"), "api");
    const { code, stderr } = await runCli(["generate", "client", "-i", "fixtures/enums/mismatched.yaml", "-o", out], { cwd: repoRoot });
    expect(code).toBe(0);
    const at = "warning fixtures/enums/mismatched.yaml#/components/schemas";
    expect(stderr.split("\n").filter((line) => line.startsWith("warning fixtures/"))).toEqual([
      `${at}/Short/x-enum-varnames (10:7): 'x-enum-varnames' has 2 names for 3 enum values: ignored, the members are named after their values`,
      `${at}/Short/x-enum-descriptions (11:7): 'x-enum-descriptions' has 1 descriptions for 3 enum values: ignored`,
      `${at}/NotNames/x-enumNames/1 (15:24): 'x-enumNames' entry 1 is a number, not a name: the member is named 'b' after its value`,
      `${at}/NotNames/x-enumNames/2 (15:27): the member name 'A' is taken in this enum: the value "c" is named 'A2'`,
      `${at}/NotAList/x-enum-varnames (19:7): 'x-enum-varnames' is a string, not an array of names: ignored, the members are named after their values`,
    ]);
    const enums = readFileSync(join(out, "enums.ts"), "utf8");
    expect(enums).toContain("export const Short = {\n  a: \"a\",\n  b: \"b\",\n  c: \"c\",\n} as const;");
    expect(enums).toContain("export const NotNames = {\n  A: \"a\",\n  b: \"b\",\n  A2: \"c\",\n} as const;");
  });
});

interface Generated {
  createClient(options: object): object;
  listTasks(client: object, args: object): Promise<{ id: string; status: string; priority: number }[]>;
  TaskStatus: Record<string, string>;
  Priority: Record<string, number>;
  Direction: Record<string, string>;
}

describe("the values at runtime, against a live server", () => {
  let server: EchoServer;
  let api: Generated;
  beforeAll(async () => {
    server = await startEchoServer(replyJson(200, [{ id: "1", status: "in-progress", priority: 2 }, { id: "2", status: "done", priority: 0 }]));
    const { output } = await generate("enums/live", join(FIXTURES, "varnames.yaml"));
    api = (await import(join(output, "index.ts"))) as Generated;
  }, 120_000);
  afterAll(async () => server?.close());

  test("the objects hold the document's values under the names given", () => {
    expect(api.TaskStatus).toEqual({ Todo: "todo", InProgress: "in-progress", Done: "done" });
    expect(api.Priority).toEqual({ Low: 0, Normal: 1, High: 2 });
    expect(api.Direction).toEqual({ asc: "asc", desc: "desc" });
  });

  test("members go out as query values and compare with what comes back", async () => {
    const client = api.createClient({ baseURL: server.origin });
    const tasks = await api.listTasks(client, { query: { direction: api.Direction.desc, status: api.TaskStatus.InProgress } });
    expect(server.last().url).toBe("/tasks?direction=desc&status=in-progress");
    expect(tasks.filter((task) => task.status === api.TaskStatus.InProgress && task.priority === api.Priority.High).map((t) => t.id)).toEqual(["1"]);
    expect(tasks.find((task) => task.status === api.TaskStatus.Done)?.priority).toBe(api.Priority.Low);
  });
});
