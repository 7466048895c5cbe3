// OpenAPI 3.1 §4.8.9 Path Item Object: the fixed fields that are operations, in the order
// keyway walks them (the generator's one list; the runtime has its own copy, being shipped
// without the generator).
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export type HttpMethod = (typeof HTTP_METHODS)[number];
