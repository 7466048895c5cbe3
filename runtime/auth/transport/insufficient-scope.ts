// RFC 6750 §3.1: a 401/403 whose WWW-Authenticate says `error="insufficient_scope"` is not
// cured by a new token of the same grant, so the transport does not refresh for it (§4.8).

export function isInsufficientScope(headers: unknown): boolean {
  if (headers === null || typeof headers !== "object") return false;
  const value = (headers as Record<string, unknown>)["www-authenticate"];
  const text = Array.isArray(value) ? value.join(",") : typeof value === "string" ? value : "";
  return /error\s*=\s*"?insufficient_scope"?/i.test(text);
}
