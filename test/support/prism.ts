// Stoplight Prism as a validating mock server for tests: started on 127.0.0.1 on a free
// port, waited for, and stopped by the test that started it. `--errors` makes every request
// that does not match the document an error response (422, or 401 for missing
// credentials) instead of a logged warning, so a serialization bug fails the caller.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { connect, createServer } from "node:net";
import { dirname, join } from "node:path";

export interface Prism {
  /** `http://127.0.0.1:<port>`: the mock serves the document's paths directly under it. */
  url: string;
  /** Everything Prism printed so far; shown when a test fails. */
  log(): string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

function prismBin(): string {
  const pkg = require.resolve("@stoplight/prism-cli/package.json");
  const { bin } = require(pkg) as { bin: Record<string, string> };
  return join(dirname(pkg), bin.prism);
}

/** A port the OS just handed out; Prism takes it a moment later (retried on a clash). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Ready once the port accepts a connection; Prism binds it only after loading the document. */
function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitReady(child: ChildProcess, port: number, output: string[], timeoutMs: number): Promise<void> {
  const collect = (chunk: Buffer) => output.push(chunk.toString());
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prism exited (${child.exitCode}) before listening:\n${output.join("")}`);
    if (await canConnect(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`prism not listening after ${timeoutMs} ms:\n${output.join("")}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Starts `prism mock --errors` on `document` (a path); rejects after `timeoutMs`. */
export async function startPrism(document: string, timeoutMs = 60_000): Promise<Prism> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const output: string[] = [];
    const child = spawn(
      process.execPath,
      [prismBin(), "mock", document, "--host", "127.0.0.1", "--port", String(port), "--errors", "--verboseLevel", "warn"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    try {
      await waitReady(child, port, output, timeoutMs);
      return { url: `http://127.0.0.1:${port}`, log: () => output.join(""), stop: () => stopChild(child) };
    } catch (error) {
      lastError = error;
      await stopChild(child);
      if (!/EADDRINUSE/.test(output.join(""))) break;
    }
  }
  throw lastError;
}
