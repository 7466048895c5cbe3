// DESIGN §4 (origins, redaction) in Chromium: no credential reaches another origin, by an
// absolute URL on the app's own instance or by a redirect; no token shows in any error,
// even when the server echoes it back in a body or a header.
import type { BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useChromium, openTab } from "./support/browser.js";
import { startSite, type Site } from "./support/site.js";

const chromium = useChromium();
let site: Site;
let elsewhere: Site;
let context: BrowserContext;

beforeEach(async () => {
  [site, elsewhere] = await Promise.all([startSite({ host: "127.0.0.1", bundle: chromium.bundle }), startSite({ host: "localhost", bundle: chromium.bundle })]);
  context = await chromium.browser.newContext();
});
afterEach(async () => {
  await context.close();
  await Promise.all([site.close(), elsewhere.close()]);
});

async function signedIn(ttl = 600): Promise<{ page: Page; tokens: ReturnType<Site["issue"]> }> {
  const tokens = site.issue(ttl);
  const page = await openTab(context, site.origin, { store: "local", refresh: "custom" });
  await page.evaluate((t) => window.app.seed({ accessToken: t.access_token, refreshToken: t.refresh_token }), tokens);
  return { page, tokens };
}

/** The token and each of its dot-separated parts (a JWT's signature alone is a credential too). */
function pieces(token: string): string[] {
  return [token, ...token.split(".").filter((part) => part.length > 8)];
}

describe("credentials stay home", () => {
  it("an absolute URL on the app's instance and a redirect to another origin carry no credential there", async () => {
    const { page } = await signedIn();
    await page.evaluate((target) => window.app.elsewhere(target), elsewhere.origin);
    // The redirect was followed (the API answered 302 to the other origin) and arrived bare.
    expect(site.credentialsSeen.some((line) => line.startsWith("/api/away authorization: Bearer "))).toBe(true);
    expect(elsewhere.credentialsSeen).toEqual([]);
  });
});

describe("no token in any error", () => {
  it("an ApiError for a 403 that echoes Authorization in its body and a header", async () => {
    const { page, tokens } = await signedIn();
    const shown = await page.evaluate(() => window.app.echoError());
    for (const piece of pieces(tokens.access_token)) expect(shown).not.toContain(piece);
    // Ordinary words survive: the status, the operation, the server's own words.
    expect(shown).toContain("403");
    expect(shown).toContain("echoForbidden");
    expect(shown).toContain("forbidden");
  });

  it("an AuthError for a refused refresh whose answer names the refresh token", async () => {
    const tokens = site.issue(-60);
    const page = await openTab(context, site.origin, { store: "local", refresh: "custom" });
    const refreshToken = "rt-unknown-0123456789abcdef";
    await page.evaluate((t) => window.app.seed({ accessToken: t, refreshToken: "rt-unknown-0123456789abcdef" }), tokens.access_token);
    const shown = await page.evaluate(() => window.app.refreshError());
    expect(shown).toContain("refresh_rejected");
    expect(shown).not.toContain(refreshToken);
    for (const piece of pieces(tokens.access_token)) expect(shown).not.toContain(piece);
    // The cause keeps the server's status and (scrubbed) answer.
    expect(shown).toContain("400");
    expect(shown).toContain("invalid_grant");
    expect(shown).not.toContain("[redacted] with");
  });
});
