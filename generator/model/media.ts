import type { MediaKind, MediaType, PayloadType, ResponseReading } from "./types.js";

/**
 * How a media type travels. RFC 6839 §3.1: any `+json` suffix is JSON. XML and other
 * text-like types are carried as text; anything unknown is carried as raw bytes.
 */
export function mediaKind(mediaType: string): MediaKind {
  const type = mediaType.split(";")[0].trim().toLowerCase();
  if (type === "application/json" || type.endsWith("+json") || type === "text/json") return "json";
  if (type === "application/x-www-form-urlencoded") return "form";
  if (type.startsWith("multipart/")) return "multipart";
  if (type.startsWith("text/") || type === "application/xml" || type.endsWith("+xml")) return "text";
  return "binary";
}

/** JSON first (the default a caller gets without choosing), the rest in document order. */
export function defaultFirst<T extends { kind: MediaKind }>(media: T[]): T[] {
  const json = media.findIndex((m) => m.kind === "json");
  if (json <= 0) return media;
  return [media[json], ...media.slice(0, json), ...media.slice(json + 1)];
}

/** Bytes and text are typed as such; JSON, form and multipart payloads by their schema. */
export function payloadType(kind: MediaKind): PayloadType {
  return { bytes: kind === "binary", string: kind === "text", schema: kind !== "binary" && kind !== "text" };
}

/** What a response's data is typed as, from the media type it is typed by (if any). */
export function dataType(primary: MediaType | undefined): PayloadType & { none: boolean } {
  if (primary === undefined) return { none: true, bytes: false, string: false, schema: false };
  return { none: false, ...primary.typed };
}

/** How the runtime reads a response whose data is typed by `primary`. */
export function responseReading(primary: MediaType | undefined): ResponseReading {
  if (primary === undefined) return "none";
  // A form or multipart *response* is rare; it arrives as text the caller can parse.
  if (primary.kind === "form" || primary.kind === "multipart") return "text";
  return primary.kind;
}
