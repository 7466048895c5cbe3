// A node:http server on 127.0.0.1 that records each request exactly as it arrived (raw URL,
// headers, body bytes) and answers with whatever the test set for that path.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";

export interface Recorded {
  method: string;
  /** The request target as sent: path and query, still percent-encoded. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface Recorder {
  url: string;
  requests: Recorded[];
  /** Answers requests whose path (without query) is `path`; others get 204. */
  reply(path: string, reply: Reply): void;
  last(): Recorded;
  close(): Promise<void>;
}

export async function startRecorder(): Promise<Recorder> {
  const requests: Recorded[] = [];
  const replies = new Map<string, Reply>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = req.url ?? "";
      requests.push({ method: req.method ?? "", url, headers: req.headers, body: Buffer.concat(chunks) });
      const reply = replies.get(url.split("?")[0]) ?? { status: 204 };
      res.writeHead(reply.status ?? 200, reply.headers ?? {});
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (path, reply) => replies.set(path, reply),
    last: () => {
      const request = requests.at(-1);
      if (!request) throw new Error("no request was recorded");
      return request;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
