// A cookie jar at the transport, as Node cookie jars (http-cookie-agent and the like) work
// and as a browser behaves: every request that leaves, first try or retry, carries the
// jar's current cookies; Set-Cookie answers fill it. Real node:http underneath.
import http, { type ClientRequest, type IncomingMessage, type RequestOptions } from "node:http";

export interface CookieJar {
  cookies: Map<string, string>;
  header(): string;
  remember(setCookie: string[] | undefined): void;
  /** For axios's `transport` option. */
  transport: { request(options: RequestOptions, callback: (res: IncomingMessage) => void): ClientRequest };
  /** Whether each request that left asked for credentials (axios withCredentials). */
  sent: number;
}

export function cookieJar(): CookieJar {
  const cookies = new Map<string, string>();
  const jar: CookieJar = {
    cookies,
    sent: 0,
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    remember(setCookie) {
      for (const line of setCookie ?? []) {
        const [name, value] = (line.split(";")[0] ?? "").split("=");
        if (name !== undefined && value !== undefined) cookies.set(name, value);
      }
    },
    transport: {
      request(options, callback) {
        jar.sent += 1;
        const headers = { ...(options.headers as Record<string, string>), cookie: jar.header() };
        return http.request({ ...options, headers }, (res) => {
          jar.remember(res.headers["set-cookie"]);
          callback(res);
        });
      },
    },
  };
  return jar;
}
