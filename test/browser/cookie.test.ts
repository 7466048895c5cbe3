// DESIGN §4 "Cookie sessions" in Chromium: the refresh token lives in an HttpOnly cookie the
// server sets (the cookie tutorial's backend), the access token comes back as
// `{ data: { accessToken } }` and lives in memory. Same origin, and cross-site: the app on
// localhost, the API on 127.0.0.1 with CORS credentials and a Partitioned cookie (CHIPS),
// the only kind a third-party context keeps by default.
import type { BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Setup } from "./page/contract.js";
import { useChromium, openTab } from "./support/browser.js";
import { startSite, type Site } from "./support/site.js";

const chromium = useChromium();
let app: Site;
let crossSiteApi: Site;
let context: BrowserContext;

beforeEach(async () => {
  app = await startSite({ host: "localhost", bundle: chromium.bundle });
  crossSiteApi = await startSite({ host: "127.0.0.1", bundle: chromium.bundle });
  crossSiteApi.cookieAttributes = "SameSite=None; Secure; Partitioned";
  context = await chromium.browser.newContext();
});
afterEach(async () => {
  await context.close();
  await Promise.all([app.close(), crossSiteApi.close()]);
});

/** Signs in through the document's cookie login and hands its answer to the client (signIn). */
async function signedIn(setup: Setup): Promise<Page> {
  const page = await openTab(context, app.origin, setup);
  const login = await page.evaluate(() => window.app.cookieLogin());
  expect(login.ok).toBe(true);
  // `{ data: { accessToken } }` handed over as it came: signIn reads the envelope.
  await page.evaluate((answer) => window.app.signIn(answer as object), login.value);
  const stored = await page.evaluate(() => window.app.tokens());
  expect(stored?.accessToken).toBe((login.value as { data: { accessToken: string } }).data.accessToken);
  return page;
}

for (const [where, api] of [
  ["same origin", () => app],
  ["cross-site (CORS with credentials, Partitioned cookie)", () => crossSiteApi],
] as const) {
  describe(`cookie session, ${where}`, () => {
    it("20 calls on a revoked access token: 1 refresh through the HttpOnly cookie, 20 successes, no refresh token visible to script", async () => {
      const server = api();
      const setup: Setup = { store: "memory", refresh: "cookie", ...(server === app ? {} : { baseURL: `${server.origin}/api` }) };
      const page = await signedIn(setup);
      const first = await page.evaluate(() => window.app.tokens());
      server.revoke(first?.accessToken ?? "");
      await page.evaluate(() => window.app.fire(20, "call"));
      const results = await page.evaluate(() => window.app.results());
      expect(results.map((r) => r.ok || r.code)).toEqual(Array(20).fill(true));
      expect(server.refreshes).toBe(1);
      expect(Math.max(...server.attempts.values())).toBeLessThanOrEqual(2);
      // The cookie went with the refresh call and only the browser held it.
      expect(server.credentialsSeen.filter((line) => line.startsWith("/api/cookie/refresh cookie: refresh_token=rt-"))).toHaveLength(1);
      const visible = await page.evaluate(() => window.app.visibleToScript());
      const stored = await page.evaluate(() => window.app.tokens());
      expect(server.refreshTokens.length).toBe(2);
      for (const token of server.refreshTokens) expect(visible + JSON.stringify(stored)).not.toContain(token);
      expect(stored?.refreshToken).toBe(undefined);
    });
  });
}
