export { createRuntimeClient, clientState, type ClientOptions, type RuntimeClient } from "./client.js";
export { request } from "./request.js";
export type * from "./types.js";
export type { AuthConfig } from "./auth/index.js";
