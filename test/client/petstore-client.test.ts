// The generated petstore client, type-checked as users compile it and called over real HTTP
// for every one of its operations.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generate, repoRoot } from "../support/generate.js";
import { startPetstore, type PetstoreServer } from "../support/petstore-server.js";
import { expectOnlyMarkedLinesFail, typecheck } from "../support/typecheck.js";

/** What these tests use of the generated module; its real types are checked by usage.ts. */
type Operation = (args?: object) => Promise<unknown>;
interface PetstoreModule {
  createClient(options: object): Record<string, Operation>;
  getPetById(client: Record<string, Operation>, args: object): Promise<unknown>;
  ApiError: abstract new (...args: never[]) => Error;
  AuthError: abstract new (...args: never[]) => Error;
}

let output: string;
let client: PetstoreModule;
let server: PetstoreServer;

beforeAll(async () => {
  ({ output } = await generate("e2e-petstore", "fixtures/petstore/petstore.yaml"));
  copyFileSync(join(repoRoot, "test/client/petstore-usage.ts.txt"), join(output, "usage.ts"));
  client = (await import(join(output, "index.ts"))) as PetstoreModule;
  server = await startPetstore();
});
afterAll(() => server?.close());

describe("generated petstore client under tsc --strict: exactly usage.ts's marked lines fail, with their codes", () => {
  test.each([
    { moduleResolution: "nodenext", dom: false },
    { moduleResolution: "nodenext", dom: true },
    { moduleResolution: "bundler", dom: false },
    { moduleResolution: "bundler", dom: true },
  ] as const)("moduleResolution $moduleResolution, DOM lib: $dom", async (setup) => {
    expectOnlyMarkedLinesFail(join(output, "usage.ts"), await typecheck(output, setup), 8);
  });
});

describe("generated petstore client over real HTTP", () => {
  const last = () => server.received[server.received.length - 1];
  const api = () =>
    client.createClient({ baseURL: server.baseURL, auth: { bearerAuth: "tok-123", api_key: () => "key-456" } });

  test("listPets: public, query serialized form/explode, typed data", async () => {
    const pets = await api().listPets({ query: { limit: 2, tags: ["a b", "c"], status: "available" } });
    expect(pets).toEqual([{ id: 1, name: "Rex", status: "available" }]);
    expect(last().url).toBe("/v1/pets?limit=2&tags=a%20b&tags=c&status=available");
    expect(last().headers.authorization).toBeUndefined();
    expect(last().headers["x-api-key"]).toBeUndefined();
  });

  test("createPet: bearer token, JSON body, header parameter, 201 data", async () => {
    const pet = await api().createPet({ body: { name: "Rex", tag: "dog" }, header: { "Idempotency-Key": "idem-1" } });
    expect(pet).toEqual({ id: 2, name: "Rex", tag: "dog" });
    expect(last()).toMatchObject({ method: "POST", url: "/v1/pets", body: '{"name":"Rex","tag":"dog"}' });
    expect(last().headers).toMatchObject({
      authorization: "Bearer tok-123",
      "content-type": expect.stringMatching(/^application\/json/),
      "idempotency-key": "idem-1",
    });
    expect(last().headers["x-api-key"]).toBeUndefined();
  });

  test("getPetById: OR requirement sends only the first configured alternative (apiKey)", async () => {
    expect(await api().getPetById({ path: { petId: 7 } })).toEqual({ id: 7, name: "Rex" });
    expect(last().headers["x-api-key"]).toBe("key-456");
    expect(last().headers.authorization).toBeUndefined();
  });

  test("getPetById: with only bearer configured, the second alternative applies", async () => {
    const bearerOnly = client.createClient({ baseURL: server.baseURL, auth: { bearerAuth: "tok-9" } });
    await bearerOnly.getPetById({ path: { petId: 8 } });
    expect(last().headers.authorization).toBe("Bearer tok-9");
    expect(last().headers["x-api-key"]).toBeUndefined();
  });

  test("getPetById 404 rejects with ApiError carrying status and typed data", async () => {
    const error = await api().getPetById({ path: { petId: 404 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.ApiError);
    expect(error).toMatchObject({ status: 404, data: { code: 404, message: "no such pet" } });
    expect(JSON.stringify(error)).not.toContain("key-456");
  });

  test("the standalone function works the same as the method", async () => {
    expect(await client.getPetById(api(), { path: { petId: 3 } })).toEqual({ id: 3, name: "Rex" });
  });

  test("updatePet: PUT with path and JSON body", async () => {
    expect(await api().updatePet({ path: { petId: 5 }, body: { name: "Max" } })).toEqual({ id: 5, name: "Max" });
    expect(last()).toMatchObject({ method: "PUT", url: "/v1/pets/5" });
  });

  test("deletePet: 204 resolves with undefined, optional header sent", async () => {
    expect(await api().deletePet({ path: { petId: 5 }, header: { "X-Reason": "moved" } })).toBeUndefined();
    expect(last()).toMatchObject({ method: "DELETE", url: "/v1/pets/5" });
    expect(last().headers["x-reason"]).toBe("moved");
  });

  test("addNote: text/plain in and out", async () => {
    expect(await api().addNote({ path: { petId: 1 }, body: "likes walks" })).toBe("noted: likes walks");
    expect(last().headers["content-type"]).toMatch(/^text\/plain/);
    expect(last().body).toBe("likes walks");
  });

  test("getInventory: apiKey header only", async () => {
    expect(await api().getInventory()).toEqual({ available: 3, sold: 1 });
    expect(last().headers["x-api-key"]).toBe("key-456");
    expect(last().headers.authorization).toBeUndefined();
  });

  test("getHealth: no operationId, public, sends no credentials", async () => {
    expect(await api().getHealth()).toEqual({ ok: true });
    expect(last().headers.authorization).toBeUndefined();
    expect(last().headers["x-api-key"]).toBeUndefined();
  });

  test("an operation needing credentials that are not configured rejects before sending", async () => {
    const anonymous = client.createClient({ baseURL: server.baseURL });
    const before = server.received.length;
    await expect(anonymous.getInventory()).rejects.toBeInstanceOf(client.AuthError);
    expect(server.received.length).toBe(before);
  });
});
