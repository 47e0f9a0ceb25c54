import type { Api, Function as SstFunction } from "sst/constructs";

/**
 * The OpenAuth issuer is mounted at the root of the same Hono app as the API, so its routes
 * go to the API function too. OpenAuth keeps its signing and encryption keys in its storage
 * (the DynamoDB table), so no secret is needed here.
 */
export const AUTH_ROUTES = [
  "ANY /authorize",
  "ANY /token",
  "ANY /userinfo",
  "ANY /.well-known/{proxy+}",
  "ANY /email/{proxy+}",
  // The app's sign-out: forgets the refresh token in the issuer's storage.
  "POST /signout",
] as const;

/** Routes the issuer's paths of the HTTP API to the function serving the Hono app. */
export function addAuthRoutes(api: Api, handler: SstFunction): void {
  api.addRoutes(api, Object.fromEntries(AUTH_ROUTES.map((route) => [route, { function: handler }])));
}
