// DESIGN §4: credentials go only to the origin of baseURL plus allowedOrigins, compared
// exactly (scheme, host, port — RFC 6454 §4), never by prefix; also across redirects.
import type { InternalAxiosRequestConfig } from "axios";
import { isAbsoluteForAxios, originOf } from "../../url.js";

export interface OriginPolicy {
  allows(url: string | undefined): boolean;
  /** Whether the URL this config goes to may receive credentials. */
  allowsRequest(config: InternalAxiosRequestConfig): boolean;
}

export function originPolicy(baseURL: string, allowedOrigins: readonly string[]): OriginPolicy {
  const allowed = new Set<string>();
  for (const candidate of [baseURL, ...allowedOrigins]) {
    const origin = originOf(candidate);
    if (origin !== undefined) allowed.add(origin);
  }
  const allows = (url: string | undefined) => url !== undefined && allowed.has(originOf(url) ?? "");
  // A relative url is joined to baseURL after a "/", which ends baseURL's authority: the
  // request goes to baseURL's origin whatever the path, so that answer is kept per baseURL.
  const byBase = new Map<string, boolean>();
  return {
    allows,
    allowsRequest: (config) => {
      const base = config.baseURL;
      if (base === undefined || !isAbsoluteForAxios(base) || isAbsoluteForAxios(config.url ?? "")) return allows(targetURL(config));
      let ok = byBase.get(base);
      if (ok === undefined) {
        if (byBase.size > 64) byBase.clear();
        byBase.set(base, (ok = allows(base)));
      }
      return ok;
    },
  };
}

/** The URL axios will request, built the way axios's buildFullPath does. */
function targetURL(config: InternalAxiosRequestConfig): string | undefined {
  const url = config.url ?? "";
  if (isAbsoluteForAxios(url) && config.allowAbsoluteUrls !== false) return url;
  const base = config.baseURL;
  if (base === undefined || base === "") return url;
  return url === "" ? base : `${base.replace(/\/?\/$/, "")}/${url.replace(/^\/+/, "")}`;
}

/** What follow-redirects hands to `beforeRedirect` (Node): the next hop's URL and headers. */
export interface RedirectOptions {
  href?: string;
  headers?: Record<string, unknown>;
}

type BeforeRedirect = (options: RedirectOptions, ...rest: unknown[]) => void;

/**
 * Wraps the config's beforeRedirect so that a hop to an origin outside the policy loses
 * every credential header this layer attached. follow-redirects only strips Authorization
 * and Cookie, and keeps them for subdomains; an api-key header it never strips.
 */
export function guardRedirects(config: InternalAxiosRequestConfig, policy: OriginPolicy, headerNames: readonly string[]): void {
  const previous = (config as { beforeRedirect?: BeforeRedirect }).beforeRedirect;
  const names = new Set(headerNames.map((name) => name.toLowerCase()));
  const guard: BeforeRedirect = (options, ...rest) => {
    if (!policy.allows(options.href) && options.headers !== undefined) {
      for (const key of Object.keys(options.headers)) {
        if (names.has(key.toLowerCase())) delete options.headers[key];
      }
    }
    previous?.(options, ...rest);
  };
  (config as { beforeRedirect?: BeforeRedirect }).beforeRedirect = guard;
}
