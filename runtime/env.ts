// The few platform objects the runtime touches, described structurally so the runtime
// type-checks for Node-only consumers (no DOM lib) and browser-only ones (no @types/node).
// Constructors are looked up on globalThis at call time: Node 20 and browsers have them.

export interface BlobLike {
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
  slice(start?: number, end?: number, contentType?: string): BlobLike;
}

type BlobPart = string | ArrayBuffer | ArrayBufferView | BlobLike;

interface Globals {
  Blob?: new (parts: BlobPart[], options?: { type?: string }) => BlobLike;
  Buffer?: { isBuffer(value: unknown): boolean };
  process?: { versions?: { node?: string } };
}

const globals = globalThis as unknown as Globals;

/** Node answers with ArrayBuffers; browsers (and workers) with Blobs. */
export function isNode(): boolean {
  return typeof globals.process?.versions?.node === "string";
}

export function isBlob(value: unknown): value is BlobLike {
  if (typeof value !== "object" || value === null) return false;
  const tag = Object.prototype.toString.call(value);
  return tag === "[object Blob]" || tag === "[object File]";
}

/** A File's name; a plain Blob has none. */
export function fileName(value: BlobLike): string | undefined {
  const name = (value as { name?: unknown }).name;
  return typeof name === "string" && name ? name : undefined;
}

/** Node Readable or WHATWG ReadableStream: data that can be read only once. */
export function isStream(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { pipe?: unknown; on?: unknown; getReader?: unknown };
  return (typeof v.pipe === "function" && typeof v.on === "function") || typeof v.getReader === "function";
}

export function isNodeBuffer(value: unknown): boolean {
  return globals.Buffer?.isBuffer(value) === true;
}

export function newBlob(parts: BlobPart[], type: string): BlobLike {
  if (!globals.Blob) throw new TypeError("keyway: this platform has no Blob (Node >= 20 or a browser is needed)");
  return new globals.Blob(parts, { type });
}

/** Copies exactly the viewed bytes: `view.buffer` may be larger (a pooled Node Buffer). */
export function viewToArrayBuffer(view: ArrayBufferView): ArrayBuffer {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return bytes.slice().buffer;
}
