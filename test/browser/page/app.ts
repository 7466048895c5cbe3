// The web app of the browser suite, bundled with the generated client (support/bundle.ts)
// and run in each tab. It does what the seed tutorials' apps do — tokens in web storage,
// a redirect to /login when the session is over, an HttpOnly refresh cookie — written as a
// keyway user writes it. Tests drive it through `window.app` with small page.evaluate calls.
import axios, { type AxiosInstance } from "axios";
import type { ClientModule, PageClient, Setup, Settled, TokenSetLike, TokenStoreLike } from "./contract.js";

declare global {
  interface Window {
    app: ReturnType<typeof makeApp>;
  }
}

const LOG = "app:log";

/** Settlements and onAuthFailure calls, in order, kept in sessionStorage to outlive a redirect. */
function log(entry: Record<string, unknown>): void {
  const entries = JSON.parse(sessionStorage.getItem(LOG) ?? "[]") as unknown[];
  entries.push(entry);
  sessionStorage.setItem(LOG, JSON.stringify(entries));
}

function settled(outcome: Promise<unknown>): Promise<Settled> {
  return outcome.then(
    (value) => ({ ok: true, value }),
    (error: { code?: string; status?: number; message?: string }) => ({
      ok: false,
      code: error.code,
      status: error.status,
      message: error.message,
    }),
  );
}

export function makeApp(kw: ClientModule) {
  let client: PageClient | undefined;
  let store: TokenStoreLike | undefined;
  let instance: AxiosInstance | undefined;
  let inFlight: Promise<Settled[]> | undefined;
  let settledCount = 0;
  const ready = (): PageClient => {
    if (client === undefined) throw new Error("app.start() first");
    return client;
  };

  function makeStore(setup: Setup): TokenStoreLike {
    const options = setup.crossTab === undefined ? undefined : { crossTab: setup.crossTab };
    if (setup.store === "local") return kw.localStorageTokenStore(setup.key ?? "session", options);
    if (setup.store === "session") return kw.sessionStorageTokenStore(setup.key ?? "session", options);
    return kw.memoryTokenStore();
  }

  /** The refresh the app configures: its own code over a public operation, or the document's. */
  function refreshOf(setup: Setup): unknown {
    if (setup.refresh === "document") return "refreshToken";
    if (setup.refresh === "cookie")
      return {
        operation: "cookieRefresh",
        select: (r: { data: { accessToken: string } }) => ({
          accessToken: r.data.accessToken,
        }),
      };
    return async (current: TokenSetLike | null) => {
      const answer = (await ready().refreshToken({
        body: { refresh_token: current?.refreshToken ?? "" },
      })) as Record<string, string | number>;
      return {
        accessToken: answer.access_token,
        refreshToken: answer.refresh_token,
        expiresIn: answer.expires_in,
      };
    };
  }

  return {
    start(setup: Setup): void {
      sessionStorage.removeItem(LOG);
      settledCount = 0;
      store = makeStore(setup);
      instance = axios.create();
      if (setup.csrf === true) {
        let n = 0;
        // A CSRF header that changes with every request it is put on.
        instance.interceptors.request.use((config) => {
          n += 1;
          config.headers.set("X-CSRF-Token", `csrf-${n}`);
          return config;
        });
      }
      client = kw.createClient({
        ...(setup.baseURL === undefined ? {} : { baseURL: setup.baseURL }),
        ...(setup.refresh === "cookie" ? { withCredentials: true } : {}),
        axios: instance,
        auth: {
          bearerAuth: { tokens: store, refresh: refreshOf(setup) },
          ...(setup.refresh === "cookie" ? { refreshCookie: { browserManaged: true } } : {}),
        },
        onAuthFailure: (error: { code?: string }) => {
          log({ failure: error.code, settledBefore: settledCount });
          if (setup.redirect === true) location.href = "/login";
        },
      }) as PageClient;
    },
    /** Tokens in the store, as keyway's JSON (or whatever the store's format is). */
    seed: async (tokens: TokenSetLike) => store?.set(tokens),
    /** After sign-in: the answer of the login operation handed to the client as it came. */
    signIn: (answer: object) => kw.signIn(ready(), answer),
    /** The seed tutorials' format: the raw access token under the app's own key. */
    seedRaw: (key: string, token: string) => localStorage.setItem(key, token),
    tokens: async () => (await store?.get()) ?? null,
    /** Starts `n` concurrent calls and returns at once; `results()` waits for them. */
    fire(n: number, prefix: string): void {
      const calls = Array.from({ length: n }, (_, i) =>
        settled(ready().getMe({ header: { "X-Call": `${prefix}-${i}` } })).then((outcome) => {
          settledCount += 1;
          log({ settled: outcome.ok ? "ok" : outcome.code });
          return outcome;
        }),
      );
      inFlight = Promise.all(calls);
    },
    results: () => inFlight ?? Promise.resolve([]),
    log: () => JSON.parse(sessionStorage.getItem(LOG) ?? "[]") as unknown[],
    signOut: () => kw.signOut(ready()),
    cookieLogin: () => settled(ready().cookieLogin({ body: { username: "ada", password: "pw" } })),
    login: () => settled(ready().login({ body: { username: "ada", password: "pw" } })),
    /** Where script could find a refresh token: cookies, both web storages. */
    visibleToScript: () => [document.cookie, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })].join("\n"),
    /** Every way an error is shown: message, stack, String(), JSON, its own enumerable values. */
    async echoError(): Promise<string> {
      try {
        await ready().echoForbidden();
      } catch (error) {
        return describe(error);
      }
      return "no error";
    },
    async refreshError(): Promise<string> {
      try {
        await ready().getMe({ header: { "X-Call": "refresh-error" } });
      } catch (error) {
        return describe(error);
      }
      return "no error";
    },
    /** The app's own instance used for a third party's absolute URL, and a redirect away. */
    async elsewhere(target: string): Promise<Settled[]> {
      const viaInstance = settled((instance as AxiosInstance).get(`${target}/absolute`));
      const viaRedirect = settled(ready().redirectAway({ query: { to: `${target}/redirected` } }));
      return Promise.all([viaInstance, viaRedirect]);
    },
  };
}

function describe(error: unknown): string {
  const e = error as Error & { cause?: unknown };
  const own = Object.entries(e as object).map(([key, value]) => `${key}=${safeJSON(value)}`);
  return [String(e), e.message, e.stack, safeJSON(e), safeJSON(e.cause), String(e.cause), ...own].join("\n");
}

function safeJSON(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "undefined";
  } catch (error) {
    return `unserializable: ${String(error)}`;
  }
}
