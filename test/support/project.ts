// A tiny project for CLI tests: a document with an external $ref, two tags, a duplicate
// operationId (for the warning), bearer + apiKey schemes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./cli.js";

export const API_YAML = `openapi: 3.0.3
info: {title: Tiny, version: "1"}
servers: [{url: "https://api.example.com"}]
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
    apiKey: {type: apiKey, in: header, name: X-Key}
security: [{bearerAuth: []}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "./pet.yaml#/Pets"}
  /stores:
    get:
      operationId: listPets
      tags: [stores]
      security: [{apiKey: []}]
      responses: {"204": {description: none}}
`;

export const PET_YAML = `Pet:
  type: object
  properties: {name: {type: string}}
Pets:
  type: array
  items: {$ref: "#/Pet"}
`;

export const DUPLICATE_WARNING =
  "warning api.yaml#/paths/~1stores/get (21:5): operationId 'listPets' is already taken; the method is named 'listPets2'";

/** A temporary folder holding api.yaml and pet.yaml (plus any extra files given). */
export function project(extra: Record<string, string> = {}): string {
  const dir = tempDir();
  const files = { "api.yaml": API_YAML, "pet.yaml": PET_YAML, ...extra };
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

export const SUMMARY = /^out: 2 operations, \d+ files written \(\d+ added\) in \d+\.\d\ds$/;
export const CACHED = /^out: up to date \(2 operations, \d+ files, cached\) in \d+\.\d\ds$/;
