// DESIGN §4.11 between real tabs: two pages of one Chromium context share localStorage,
// BroadcastChannel and navigator.locks; a tab opened by window.open starts with a copy of
// its opener's sessionStorage (HTML §7.3.2.1), as a duplicated tab does. Every scenario runs
// REPETITIONS times in a fresh context: a race that shows once in 20 runs fails the test.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Setup } from "./page/contract.js";
import { useChromium, openTab, pendingLocks, until } from "./support/browser.js";
import { startSite, type Site } from "./support/site.js";

const REPETITIONS = 20;

const chromium = useChromium();
let site: Site;

beforeAll(async () => {
  site = await startSite({ host: "127.0.0.1", bundle: chromium.bundle });
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

/** The configuration a new user writes: no cross-tab option at all. */
const LOCAL: Setup = { store: "local", refresh: "custom" };
const SESSION: Setup = { store: "session", refresh: "custom" };

let context: BrowserContext;
let a: Page;
let b: Page;
beforeAll(async () => {
  context = await chromium.browser.newContext();
  [a, b] = await Promise.all([openTab(context, site.origin), openTab(context, site.origin)]);
});

/**
 * Runs `scenario` REPETITIONS times. Each run is a new sign-in of a new app: every tab starts
 * a new client over a store under a key of its own, so no run sees another's tokens, locks or
 * messages; the store's options are the scenario's (none: the default).
 */
async function repeat(base: Setup, scenario: (setup: Setup, run: number) => Promise<void>): Promise<void> {
  for (let run = 0; run < REPETITIONS; run += 1) await scenario({ ...base, key: `session-${run}` }, run);
}

/**
 * Tab A signed in with tokens of `ttl` seconds; tab B beside it, or a duplicate of A (opened
 * by A, it starts with a copy of A's sessionStorage). Returns B and the seeded access token.
 */
async function twoTabs(setup: Setup, duplicated: boolean, ttl: number): Promise<[Page, string]> {
  const tokens = site.issue(ttl);
  await a.evaluate((s) => window.app.start(s), setup);
  await a.evaluate((t) => window.app.seed({ accessToken: t.access_token, refreshToken: t.refresh_token }), tokens);
  if (!duplicated) {
    await b.evaluate((s) => window.app.start(s), setup);
    return [b, tokens.access_token];
  }
  const opened = context.waitForEvent("page");
  await a.evaluate(() => void window.open("/app.html"));
  const duplicate = await opened;
  await duplicate.waitForFunction(() => window.app !== undefined);
  await duplicate.evaluate((s) => window.app.start(s), setup);
  return [duplicate, tokens.access_token];
}

/**
 * Both tabs call at once while the token endpoint holds its answer; it answers once the
 * second tab has either sent its own refresh or is queued for the refresh lock.
 */
async function raceRefresh(other: Page): Promise<void> {
  const release = site.hold();
  const before = site.refreshes;
  await Promise.all([a.evaluate(() => window.app.fire(1, "a")), other.evaluate(() => window.app.fire(1, "b"))]);
  await until(async () => site.refreshes - before >= 2 || (site.refreshes - before >= 1 && (await pendingLocks(a)) >= 1), "both tabs reached the refresh");
  release();
}

async function expectOneRefreshBothHoldNewTokens(base: Setup, duplicated: boolean): Promise<void> {
  await repeat(base, async (setup, run) => {
    const before = site.refreshes;
    const [other, seeded] = await twoTabs(setup, duplicated, -60);
    try {
      await raceRefresh(other);
      const [ra, rb] = await Promise.all([a.evaluate(() => window.app.results()), other.evaluate(() => window.app.results())]);
      const [ta, tb] = await Promise.all([a.evaluate(() => window.app.tokens()), other.evaluate(() => window.app.tokens())]);
      expect({ run, a: ra.map((r) => r.ok || r.code), b: rb.map((r) => r.ok || r.code) }).toEqual({ run, a: [true], b: [true] });
      expect({ run, refreshes: site.refreshes - before }).toEqual({ run, refreshes: 1 });
      expect(ta?.accessToken).not.toBe(seeded);
      expect(tb).toEqual(ta);
    } finally {
      if (duplicated) await other.close();
    }
  });
}

describe(`two tabs, ${REPETITIONS} runs each`, () => {
  it("localStorage in the default configuration: 1 refresh in total, both tabs hold the same new tokens (§4.11)", async () => {
    await expectOneRefreshBothHoldNewTokens(LOCAL, false);
  });

  it("sessionStorage, duplicated tab, default configuration: 1 refresh in total, both tabs hold the same new tokens (§4.11)", async () => {
    await expectOneRefreshBothHoldNewTokens(SESSION, true);
  });

  for (const [name, setup, duplicated] of [
    ["localStorage", LOCAL, false],
    ["sessionStorage (duplicated tab)", SESSION, true],
  ] as const) {
    it(`${name}: signing out in one tab empties the other, whose next call sends nothing (§4.9, §4.11)`, async () => {
      await repeat(setup, async (runSetup, run) => {
        const [other] = await twoTabs(runSetup, duplicated, 600);
        try {
          expect(await other.evaluate(() => window.app.tokens())).not.toBe(null);
          await a.evaluate(() => window.app.signOut());
          await until(async () => (await other.evaluate(() => window.app.tokens())) === null, "the other tab's store is empty");
          const sent = site.attempts.size;
          await other.evaluate(() => window.app.fire(1, "after-sign-out"));
          const [result] = await other.evaluate(() => window.app.results());
          expect({ run, code: result?.code }).toEqual({ run, code: "missing_credentials" });
          expect(site.attempts.size).toBe(sent);
        } finally {
          if (duplicated) await other.close();
        }
      });
    });
  }
});
