// DESIGN §4: credentials only to the exact origin of baseURL plus allowedOrigins, never by
// prefix, never through an absolute URL or a redirect. Two real servers on two ports.
import axios from "axios";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuthError } from "../../../runtime/auth/errors.js";
import { originPolicy } from "../../../runtime/auth/transport/origin-policy.js";
import { harness, op, rejection } from "../../support/auth-harness.js";
import { API_KEY, startAuthServer, type AuthServer } from "../../support/auth-servers.js";

let home: AuthServer;
let foreign: AuthServer;
beforeAll(async () => {
  [home, foreign] = await Promise.all([startAuthServer(), startAuthServer()]);
});
afterAll(async () => {
  await Promise.all([home.close(), foreign.close()]);
});
beforeEach(() => {
  home.requests.length = 0;
  foreign.requests.length = 0;
});

const DEADLINE = 10_000;
const ALL = { bearer: "tok-secret", headerKey: API_KEY, cookieKey: "cookie-secret", queryKey: "query-secret" };
const SECURED = op([{ bearer: [], headerKey: [], cookieKey: [] }], { path: "/echo" });

describe("origin pinning", () => {
  it("an absolute URL to another origin is refused before sending", async () => {
    const { call } = harness(home, ALL);
    const error = await rejection(call(SECURED, { url: `${foreign.origin}/echo` }));
    expect((error as AuthError).code).toBe("origin_not_allowed");
    expect(foreign.requests).toHaveLength(0);
  }, DEADLINE);

  it("userinfo tricks do not pass for the home origin (http://home@foreign/)", async () => {
    const { call } = harness(home, ALL);
    const sneaky = `http://127.0.0.1:${home.port}@127.0.0.1:${foreign.port}/echo`;
    const error = await rejection(call(SECURED, { url: sneaky }));
    expect((error as AuthError).code).toBe("origin_not_allowed");
    expect(foreign.requests).toHaveLength(0);
  }, DEADLINE);

  it("origins compare exactly: scheme, host and port, never by prefix", () => {
    const policy = originPolicy("http://127.0.0.1:8080/api", ["https://api.example.com"]);
    expect(policy.allows("http://127.0.0.1:8080/other")).toBe(true);
    expect(policy.allows("http://127.0.0.1:80801/api")).toBe(false);
    expect(policy.allows("http://127.0.0.1:808/api")).toBe(false);
    expect(policy.allows("https://127.0.0.1:8080/api")).toBe(false);
    expect(policy.allows("https://api.example.com:443/x")).toBe(true);
    expect(policy.allows("https://api.example.com.evil.test/x")).toBe(false);
    expect(policy.allows("https://evil.api.example.com/x")).toBe(false);
    expect(policy.allows("http://localhost:8080/api")).toBe(false);
  }, DEADLINE);

  it("allowedOrigins opens another exact origin", async () => {
    const { call } = harness(home, ALL, { allowedOrigins: [foreign.origin] });
    const res = await call(SECURED, { url: `${foreign.origin}/echo` });
    expect(res.data).toMatchObject({ authorization: "Bearer tok-secret", apiKey: API_KEY });
  }, DEADLINE);

  it("[{}, {A}] to a foreign origin goes anonymous", async () => {
    const { call } = harness(home, ALL);
    const res = await call(op([{}, { bearer: [] }], { path: "/echo" }), { url: `${foreign.origin}/echo` });
    expect(res.data.authorization).toBeNull();
  }, DEADLINE);
});

describe("redirects (Node, follow-redirects)", () => {
  it("a redirect to another origin loses every credential header: Authorization, api-key header, Cookie", async () => {
    const { call } = harness(home, ALL);
    const target = `${foreign.origin}/echo`;
    const res = await call(SECURED, { url: `/redirect?to=${encodeURIComponent(target)}` });
    expect(res.data.path).toBe("/echo");
    expect(foreign.requests).toHaveLength(1);
    const seen = foreign.requests[0].headers;
    expect(seen.authorization).toBeUndefined();
    expect(seen["x-api-key"]).toBeUndefined();
    expect(seen.cookie).toBeUndefined();
    // The first hop did carry them: the guard is what removed them.
    expect(home.requests[0].headers["x-api-key"]).toBe(API_KEY);
  }, DEADLINE);

  it("a redirect within the origin keeps the credentials", async () => {
    const { call } = harness(home, ALL);
    const res = await call(SECURED, { url: `/redirect?to=${encodeURIComponent("/echo")}` });
    expect(res.data).toMatchObject({ apiKey: API_KEY, cookie: "session_key=cookie-secret" });
  }, DEADLINE);

  it("the instance's own beforeRedirect still runs", async () => {
    const seen: string[] = [];
    const instance = axios.create({ baseURL: home.origin, beforeRedirect: (options) => void seen.push(String(options.href)) });
    const { call } = harness(home, ALL, { instance });
    await call(SECURED, { url: `/redirect?to=${encodeURIComponent(`${foreign.origin}/echo`)}` });
    expect(seen).toEqual([`${foreign.origin}/echo`]);
    expect(foreign.requests[0].headers["x-api-key"]).toBeUndefined();
  }, DEADLINE);
});
