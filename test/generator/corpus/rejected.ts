// Corpus documents keyway rejects, each with the exact lines it prints (file name left
// out) and why the document is invalid. The corpus test asserts this exact set: a document
// that starts failing, or stops, must be looked at.
export const REJECTED: Record<string, string[]> = {
  // OpenAPI 3.0.3 §4.7.30: each name in a Security Requirement MUST be a declared scheme.
  "oas-examples/3.0/json/response-http-behavior.json": [
    "error #/paths/~1cache/get/security/0/api_key (51:13): security scheme 'api_key' is not defined",
    "error #/paths/~1status~1302/get/security/0/api_key (68:13): security scheme 'api_key' is not defined",
    "error #/paths/~1status~1204/get/security/0/api_key (85:13): security scheme 'api_key' is not defined",
  ],
  "oas-examples/3.0/yaml/response-http-behavior.yaml": [
    "error #/paths/~1cache/get/security/0/api_key (42:11): security scheme 'api_key' is not defined",
    "error #/paths/~1status~1302/get/security/0/api_key (52:11): security scheme 'api_key' is not defined",
    "error #/paths/~1status~1204/get/security/0/api_key (62:11): security scheme 'api_key' is not defined",
  ],
};
