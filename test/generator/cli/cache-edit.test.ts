// The input-hash cache records the entry as load/ read it: a save while a run is still writing
// must never leave the next run thinking the output is up to date.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { API_YAML, CACHED, project } from "../../support/project.js";
import { runCli, waitFor } from "../../support/cli.js";

const lines = (text: string) => text.split("\n").filter(Boolean);
const EDITED = API_YAML.replace("title: Tiny", "title: Tiny, description: edited");

describe("the cache and a save during a run", { timeout: 150_000 }, () => {
  it("an entry saved after load read it is generated again by the next run, then cached", async () => {
    const cwd = project();
    const paused = join(cwd, "paused");
    const args = ["generate", "client", "-i", "api.yaml", "-o", "out", "-q"];
    const first = runCli(args, { cwd, env: { KEYWAY_TEST_PAUSE: `before-record:${paused}`, KEYWAY_TEST_PAUSE_MS: "1500" } });
    // Held after rendering, before the cache records the inputs: the entry was read before the edit.
    await waitFor(() => existsSync(paused), 60_000, "the run's pause");
    writeFileSync(join(cwd, "api.yaml"), EDITED);
    expect((await first).code).toBe(0);
    expect(readFileSync(join(cwd, "out/client.ts"), "utf8")).not.toContain("edited");

    const second = await runCli(args.filter((arg) => arg !== "-q"), { cwd });
    expect(second.code).toBe(0);
    expect(lines(second.stderr).some((line) => CACHED.test(line))).toBe(false);
    expect(readFileSync(join(cwd, "out/client.ts"), "utf8")).toContain("edited");

    const third = await runCli(args.filter((arg) => arg !== "-q"), { cwd });
    expect(lines(third.stderr).some((line) => CACHED.test(line))).toBe(true);
  });
});
