// DESIGN §4.1, §4.2, §4.5 in one tab of headless Chromium: the generated client bundled into
// a page, a real API on 127.0.0.1 with expiring JWTs and single-use rotating refresh tokens.
import type { BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Settled, Setup } from "./page/contract.js";
import { useChromium, openTab } from "./support/browser.js";
import { startSite, type Site } from "./support/site.js";

const chromium = useChromium();
let site: Site;
let context: BrowserContext;

beforeEach(async () => {
  site = await startSite({ host: "127.0.0.1", bundle: chromium.bundle });
  context = await chromium.browser.newContext();
});
afterEach(async () => {
  await context.close();
  await site.close();
});

const LOCAL: Setup = { store: "local", refresh: "custom" };

async function tabWith(tokens: ReturnType<Site["issue"]>, setup: Setup = LOCAL): Promise<Page> {
  const page = await openTab(context, site.origin, setup);
  await page.evaluate(
    (t) =>
      window.app.seed({
        accessToken: t.access_token,
        refreshToken: t.refresh_token,
      }),
    tokens,
  );
  return page;
}

async function fireAll(page: Page, n: number): Promise<Settled[]> {
  await page.evaluate((count) => window.app.fire(count, "call"), n);
  return page.evaluate(() => window.app.results());
}

describe("one tab", () => {
  it("20 concurrent calls on a token the server no longer accepts: 1 refresh, 20 successes, at most 2 attempts each (§4.2)", async () => {
    const tokens = site.issue();
    site.revoke(tokens.access_token);
    const page = await tabWith(tokens);
    const results = await fireAll(page, 20);
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(site.refreshes).toBe(1);
    expect(site.attempts.size).toBe(20);
    expect(Math.max(...site.attempts.values())).toBeLessThanOrEqual(2);
  });

  it("20 concurrent calls on an expired JWT refresh once before sending: every call goes out once (§4.1, §4.2)", async () => {
    const page = await tabWith(site.issue(-60));
    const results = await fireAll(page, 20);
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(site.refreshes).toBe(1);
    expect([...site.attempts.values()]).toEqual(Array(20).fill(1));
  });

  it("a token expiring within the 30 s skew is refreshed before the call is sent (§4.1)", async () => {
    const page = await tabWith(site.issue(10));
    const results = await fireAll(page, 1);
    expect(results[0]?.ok).toBe(true);
    expect(site.refreshes).toBe(1);
    expect(site.attempts.get("call-0")).toBe(1);
    const stored = await page.evaluate(() => window.app.tokens());
    expect(stored?.refreshToken).not.toBe(undefined);
  });

  it("a rejected refresh settles every waiter with one code, then onAuthFailure runs once and the page goes to /login once (§4.5)", async () => {
    const tokens = site.issue(-60);
    const page = await tabWith({ ...tokens, refresh_token: "rt-never-issued" }, { ...LOCAL, redirect: true });
    const loaded = page.waitForURL("**/login");
    await page.evaluate(() => window.app.fire(5, "call"));
    await loaded;
    // The log lives in sessionStorage: it outlived the navigation.
    const entries = (await page.evaluate(() => JSON.parse(sessionStorage.getItem("app:log") ?? "[]"))) as Record<string, unknown>[];
    const settledCodes = entries.filter((e) => "settled" in e).map((e) => e.settled);
    const failures = entries.filter((e) => "failure" in e);
    expect(settledCodes).toEqual(Array(5).fill("refresh_rejected"));
    expect(failures).toEqual([{ failure: "refresh_rejected", settledBefore: 5 }]);
    expect(site.loginVisits).toBe(1);
    expect(site.refreshes).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem("session"))).toBe(null);
  });

  it("a retried call goes through the instance's request interceptors again: a fresh CSRF header (§4.12)", async () => {
    const tokens = site.issue();
    site.revoke(tokens.access_token);
    const page = await tabWith(tokens, { ...LOCAL, csrf: true });
    const results = await fireAll(page, 1);
    expect(results[0]?.ok).toBe(true);
    const sent = site.csrf.get("call-0") ?? [];
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/^csrf-\d+$/);
    expect(sent[1]).toMatch(/^csrf-\d+$/);
    expect(sent[1]).not.toBe(sent[0]);
  });

  it("refresh names the document's operation: OAuth2 field names read without a select (§4 refresh from the document)", async () => {
    const tokens = site.issue();
    site.revoke(tokens.access_token);
    const page = await tabWith(tokens, { ...LOCAL, refresh: "document" });
    const results = await fireAll(page, 20);
    expect(results.map((r) => r.ok || r.code)).toEqual(Array(20).fill(true));
    expect(site.refreshes).toBe(1);
    const stored = await page.evaluate(() => window.app.tokens());
    expect(site.refreshTokens).toContain(stored?.refreshToken);
    expect(stored?.refreshToken).not.toBe(tokens.refresh_token);
  });

  it("a raw access token the app already keeps under its own key (the seed's localStorage.setItem) is sent as is", async () => {
    const tokens = site.issue();
    const page = await openTab(context, site.origin);
    await page.evaluate((token) => window.app.seedRaw("accessToken", token), tokens.access_token);
    await page.evaluate((s) => window.app.start(s), { ...LOCAL, key: "accessToken" });
    const results = await fireAll(page, 1);
    expect(results[0]?.ok).toBe(true);
    expect(site.attempts.get("call-0")).toBe(1);
    expect(site.refreshes).toBe(0);
  });
});
