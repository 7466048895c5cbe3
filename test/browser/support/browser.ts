// Headless Chromium for the browser suite: Debian's `chromium` package (installed by .ci/run),
// driven by playwright-core, which never downloads a browser. One browser per test file;
// each scenario gets its own context, and the tabs of a context share localStorage,
// BroadcastChannel and navigator.locks as the tabs of one profile do.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { generate, repoRoot } from "../../support/generate.js";
import type { Setup } from "../page/contract.js";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? CANDIDATES.find((candidate) => existsSync(candidate));
  if (path === undefined) throw new Error("no Chromium found: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH");
  return path;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--disable-gpu", "--disable-dev-shm-usage"],
  });
}

/**
 * The generated client of fixtures/security/browser-session.yaml and the app (page/app.ts),
 * bundled as a web app's build would: esbuild, browser platform, axios's browser build.
 */
export async function bundleApp(): Promise<string> {
  const { output } = await generate("browser-session", "fixtures/security/browser-session.yaml");
  const entry = [
    `import * as kw from ${JSON.stringify(join(output, "index.ts"))};`,
    `import { makeApp } from ${JSON.stringify(join(repoRoot, "test/browser/page/app.ts"))};`,
    "window.app = makeApp(kw);",
  ].join("\n");
  return bundleWebApp(entry);
}

/** An entry module's text bundled as a web app's build would: esbuild, browser platform, one IIFE. */
export async function bundleWebApp(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: "ts" },
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    target: "es2022",
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** One browser and the bundled app for a test file: ready before its first test, closed after its last. */
export function useChromium(): { readonly browser: Browser; readonly bundle: string } {
  const held = {} as { browser: Browser; bundle: string };
  beforeAll(async () => {
    [held.bundle, held.browser] = await Promise.all([bundleApp(), launch()]);
  }, 120_000);
  afterAll(() => held.browser?.close());
  return held;
}

/** A tab of `context` on `origin`'s app page, with its client started when `setup` is given. */
export async function openTab(context: BrowserContext, origin: string, setup?: Setup): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/app.html`);
  if (setup !== undefined) await page.evaluate((s) => window.app.start(s), setup);
  return page;
}

/** Pending requests for any Web Lock of the page's origin: a tab waiting its turn. */
export async function pendingLocks(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.locks.query()).pending?.length ?? 0);
}

/**
 * Resolves once `condition` holds. It polls an observable state (a server counter, the lock
 * manager) rather than sleeping a fixed time, and gives up after `giveUpMs`.
 */
export async function until(condition: () => boolean | Promise<boolean>, what: string, giveUpMs = 5_000): Promise<void> {
  const end = Date.now() + giveUpMs;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`gave up waiting until ${what}`);
}
