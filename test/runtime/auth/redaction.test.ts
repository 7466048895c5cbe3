// DESIGN §4 (last paragraph): errors print, JSON.stringify and util.inspect without any token,
// refresh token, api key, client secret or cookie — also when a hostile token endpoint echoes
// the refresh token back in its error body.
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuthError } from "../../../runtime/auth/errors.js";
import { memoryTokenStore } from "../../../runtime/auth/tokens/stores.js";
import { REDACTED, scrub } from "../../../runtime/redact.js";
import { harness, op, rejection } from "../../support/auth-harness.js";
import { API_KEY, CLIENT_ID, CLIENT_SECRET, startAuthServer, type AuthServer } from "../../support/auth-servers.js";

let server: AuthServer;
beforeEach(async () => {
  server = await startAuthServer();
});
afterEach(() => server.close());

const DEADLINE = 10_000;

function renderings(error: unknown): string[] {
  return [String(error), (error as Error).stack ?? "", JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })];
}

function expectClean(error: unknown, secrets: string[]): void {
  for (const text of renderings(error)) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
}

describe("AuthError redaction", () => {
  it("rejected refresh with a token endpoint echoing the refresh token: no secret in any rendering", async () => {
    server.tokenMode = "echo_secret_400";
    const issued = server.issue({ ttl: -60 });
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: memoryTokenStore(issued) } });
    const error = await rejection(call(op([{ oauth: [] }])));
    expect((error as AuthError).code).toBe("refresh_rejected");
    const basic = Buffer.from(`${CLIENT_ID}:${encodeURIComponent(CLIENT_SECRET)}`).toString("base64");
    expectClean(error, [issued.refreshToken, issued.accessToken, CLIENT_SECRET, basic]);
    // Still useful: the OAuth error code survives.
    expect(JSON.stringify(error)).toContain("invalid_grant");
  }, DEADLINE);

  it("transient refresh failure: the AxiosError cause keeps no request config, headers or body", async () => {
    server.tokenMode = "error500";
    const issued = server.issue({ ttl: -60 });
    const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: memoryTokenStore(issued) } });
    const error = await rejection(call(op([{ oauth: [] }])));
    expect((error as AuthError).code).toBe("refresh_failed");
    expect(((error as AuthError).cause as { status?: number }).status).toBe(500);
    expectClean(error, [issued.refreshToken, issued.accessToken, CLIENT_SECRET, "grant_type"]);
  }, DEADLINE);

  it("a custom refresh error message carrying the refresh token is scrubbed", async () => {
    const issued = server.issue({ ttl: -60 });
    const refresh = async () => {
      throw new Error(`refresh_token=${issued.refreshToken} refused for Bearer ${issued.accessToken}`);
    };
    const { call } = harness(server, { bearer: { tokens: memoryTokenStore(issued), refresh } });
    const error = await rejection(call(op([{ bearer: [] }])));
    expectClean(error, [issued.refreshToken, issued.accessToken]);
  }, DEADLINE);

  it("errors before sending name schemes, never values", async () => {
    const { call } = harness(server, { headerKey: API_KEY, cookieKey: "cookie-value-secret" });
    const error = await rejection(call(op([{ headerKey: [], cookieKey: [], bearer: [] }]), { url: "http://127.0.0.1:1/x" }));
    expect(error).toBeInstanceOf(AuthError);
    expectClean(error, [API_KEY, "cookie-value-secret"]);
  }, DEADLINE);

  it("client credentials echoed back by the token endpoint (body or Basic header) are cut too", async () => {
    server.tokenMode = "echo_secret_400";
    for (const clientAuth of ["body", "basic"] as const) {
      const issued = server.issue({ ttl: -60 });
      const { call } = harness(server, { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, clientAuth, tokens: memoryTokenStore(issued) } });
      const error = await rejection(call(op([{ oauth: [] }])));
      const basic = Buffer.from(`${CLIENT_ID}:${encodeURIComponent(CLIENT_SECRET)}`).toString("base64");
      expectClean(error, [CLIENT_SECRET, basic, issued.refreshToken]);
    }
  }, DEADLINE);

  it("credential shapes are cut by pattern, with exact wording", () => {
    const text = 'Authorization: Basic dXNlcjpwYXNz== then refresh_token=abc.def&x=1 and {"access_token": "zzz", "n": 1} known-secret-1';
    expect(scrub(text, ["known-secret-1"])).toBe(
      `Authorization: Basic ${REDACTED} then refresh_token=${REDACTED}&x=1 and {"access_token":"${REDACTED}", "n": 1} ${REDACTED}`,
    );
  }, DEADLINE);
});

describe("scrub keeps ordinary words (issue 11)", () => {
  const cases: { given: string; want: string }[] = [
    { given: "POST /refresh-token failed with 401", want: "POST /refresh-token failed with 401" },
    { given: "refresh token already used", want: "refresh token already used" },
    { given: "the token refresh was rejected", want: "the token refresh was rejected" },
    { given: "Basic authentication required", want: "Basic authentication required" },
    { given: "got Bearer eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl back", want: `got Bearer ${REDACTED} back` },
    { given: "Token rt-1-0f3a9c2d1e", want: `Token ${REDACTED}` },
    { given: "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", want: `Basic ${REDACTED}` },
  ];
  for (const { given, want } of cases) {
    it(`${JSON.stringify(given)} -> ${JSON.stringify(want)}`, () => {
      expect(scrub(given)).toBe(want);
    });
  }
});
