// A real petstore on 127.0.0.1 for the generated client: it records every request as the
// wire carried it and answers like the fixture document says (fixtures/petstore/petstore.yaml).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface PetstoreServer {
  baseURL: string;
  received: Received[];
  close(): Promise<void>;
}

type Reply = { status: number; type?: string; body?: unknown; headers?: Record<string, string> };

function route(method: string, path: string, body: string): Reply {
  const pet = /^\/v1\/pets\/(\d+)$/.exec(path);
  if (method === "GET" && path === "/v1/pets") {
    return { status: 200, body: [{ id: 1, name: "Rex", status: "available" }], headers: { "X-Total-Count": "1" } };
  }
  if (method === "POST" && path === "/v1/pets") return { status: 201, body: { id: 2, ...JSON.parse(body) } };
  if (pet && method === "GET") {
    return pet[1] === "404" ? { status: 404, body: { code: 404, message: "no such pet" } } : { status: 200, body: { id: Number(pet[1]), name: "Rex" } };
  }
  if (pet && method === "PUT") return { status: 200, body: { id: Number(pet[1]), ...JSON.parse(body) } };
  if (pet && method === "DELETE") return { status: 204 };
  if (method === "POST" && /^\/v1\/pets\/\d+\/notes$/.test(path)) return { status: 200, type: "text/plain", body: `noted: ${body}` };
  if (method === "GET" && path === "/v1/store/inventory") return { status: 200, body: { available: 3, sold: 1 } };
  if (method === "GET" && path === "/v1/health") return { status: 200, body: { ok: true } };
  return { status: 500, body: { code: 500, message: `unexpected ${method} ${path}` } };
}

export async function startPetstore(): Promise<PetstoreServer> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      const reply = route(req.method ?? "", new URL(req.url ?? "/", "http://x").pathname, body);
      const type = reply.type ?? "application/json";
      res.writeHead(reply.status, { ...(reply.body === undefined ? {} : { "Content-Type": type }), ...reply.headers });
      res.end(reply.body === undefined ? undefined : type === "application/json" ? JSON.stringify(reply.body) : String(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
