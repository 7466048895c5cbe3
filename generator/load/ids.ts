// Names of the files and URLs a document is assembled from, as messages show them.
import path from "node:path";
import { isHttpUrl } from "../url.js";

export function displayId(id: string, cwd: string): string {
  if (isHttpUrl(id)) return id;
  const relative = path.relative(cwd, id);
  return relative.startsWith("..") || path.isAbsolute(relative) ? id : relative.split(path.sep).join("/");
}

/** The id an external ref names, resolved as the bundler resolves it (RFC 3986 §5.2). */
export function refTarget(ref: string, base: string): string {
  const uri = ref.split("#")[0];
  if (isHttpUrl(uri)) return uri;
  if (isHttpUrl(base)) return new URL(uri, base).href;
  return path.resolve(path.dirname(base), uri);
}
