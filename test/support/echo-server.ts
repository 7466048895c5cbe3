// A real HTTP server on 127.0.0.1 (port 0) that records exactly what arrived (method, raw
// URL, headers, body bytes) and answers with whatever the test's handler says.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  /** The raw request-target, exactly as sent (path and query, still percent-encoded). */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type Handler = (req: Received, res: ServerResponse) => void | Promise<void>;

export interface EchoServer {
  origin: string;
  received: Received[];
  /** The most recent request; throws if none arrived. */
  last(): Received;
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export const replyJson =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

export const replyRaw =
  (status: number, body: string | Buffer, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };

/** Never answers: for timeout and abort tests. The socket is destroyed on close(). */
export const hang: Handler = () => {};

export async function startEchoServer(initial: Handler = replyJson(200, { ok: true })): Promise<EchoServer> {
  let handler = initial;
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const r: Received = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) };
      received.push(r);
      Promise.resolve(handler(r, res)).catch((err: unknown) => {
        res.writeHead(500);
        res.end(String(err));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    last() {
      const r = received.at(-1);
      if (!r) throw new Error("no request reached the echo server");
      return r;
    },
    handle(h) {
      handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
