// Drives a generated client: loads its index.ts (vitest transpiles the TypeScript), gives
// every security scheme a credential, and makes each call on an axios instance that records
// what the server said about the request (Prism's `sl-violations` header).
import axios from "axios";
import { join } from "node:path";
import type { ApiModel, SecurityScheme } from "../../generator/model/types.js";
import type { Call } from "./prism-calls.js";

export interface Outcome {
  label: string;
  /** `2xx`, the error status, or the error message when no response came. */
  status: number | string;
  ok: boolean;
  /** Prism's complaints about the request, when it had any. */
  violations?: string;
  data?: unknown;
}

type Client = Record<string, unknown>;
interface GeneratedModule {
  createClient(options: Record<string, unknown>): Client;
  memoryTokenStore(tokens: { accessToken: string }): unknown;
}

/** A credential for each scheme, of the shape its type takes (runtime/auth/config.ts). */
function credentials(module: GeneratedModule, schemes: SecurityScheme[]): Record<string, unknown> {
  const auth: Record<string, unknown> = {};
  for (const scheme of schemes) {
    if (scheme.type === "http") {
      auth[scheme.name] = scheme.scheme === "basic" ? { username: "ann", password: "secret" } : scheme.scheme === "bearer" ? "token-1" : `${scheme.scheme} token-1`;
    } else if (scheme.type === "apiKey") {
      auth[scheme.name] = "key-1";
    } else if (scheme.type === "oauth2" || scheme.type === "openIdConnect") {
      const flows = scheme.type === "oauth2" ? Object.keys(scheme.flows) : [];
      const flow = flows.find((f) => f !== "clientCredentials") ?? flows[0];
      auth[scheme.name] = { clientId: "app", tokens: module.memoryTokenStore({ accessToken: "token-1" }), ...(flow ? { flow } : {}) };
    }
  }
  return auth;
}

export async function loadClient(output: string, model: ApiModel, baseURL: string) {
  const module = (await import(join(output, "index.ts"))) as GeneratedModule;
  const instance = axios.create();
  const client = module.createClient({ baseURL, axios: instance, auth: credentials(module, model.securitySchemes) });
  return { client, instance };
}

/** Prism lists warnings (a deprecated parameter used) beside errors; only errors fail. */
function hasErrors(violations: string | undefined): boolean {
  if (!violations) return false;
  const list = JSON.parse(violations) as { severity?: string }[];
  return list.some((v) => v.severity === "Error");
}

/** The bound method for a call: `client.name`, or `client.group.name` with --group-by tag. */
function methodOf(client: Client, call: Call, grouped: Map<string, string> | undefined) {
  const owner = grouped ? (client[grouped.get(call.operation.name) ?? ""] as Client) : client;
  return owner[call.operation.name] as (args: unknown) => Promise<unknown>;
}

export async function runCalls(
  output: string,
  model: ApiModel,
  baseURL: string,
  calls: Call[],
  options: { grouped?: boolean } = {},
): Promise<Outcome[]> {
  const { client, instance } = await loadClient(output, model, baseURL);
  const grouped = options.grouped
    ? new Map(model.groups.flatMap((g) => g.operations.map((o) => [o.name, g.name] as const)))
    : undefined;
  let lastViolations: string | undefined;
  instance.interceptors.response.use(
    (response) => {
      lastViolations = response.headers["sl-violations"] as string | undefined;
      return response;
    },
    (error: { response?: { headers: Record<string, unknown> } }) => {
      lastViolations = error.response?.headers["sl-violations"] as string | undefined;
      return Promise.reject(error);
    },
  );
  const outcomes: Outcome[] = [];
  for (const call of calls) {
    lastViolations = undefined;
    try {
      const data = await methodOf(client, call, grouped)(call.args);
      outcomes.push({ label: call.label, status: "2xx", ok: !hasErrors(lastViolations), violations: lastViolations, data });
    } catch (error) {
      // An ApiError carries the status, Prism's answer (its 422 body lists the violations)
      // and the response headers; anything else is a transport or client-side failure.
      const { status, data, headers } = error as { status?: unknown; data?: unknown; headers?: Record<string, string> };
      outcomes.push({
        label: call.label,
        status: typeof status === "number" ? status : String((error as Error).message),
        ok: false,
        violations: headers?.["sl-violations"] ?? lastViolations,
        data,
      });
    }
  }
  return outcomes;
}
