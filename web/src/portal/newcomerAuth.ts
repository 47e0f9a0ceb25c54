import type { Auth } from "../api";
import { isSignedIn } from "../auth/tokens";

// Loaded only once a newcomer has signed in: visitors never download the sign-in client.
const session = () => import("../auth/session");

/**
 * How the portal signs a newcomer's calls: every portal procedure accepts a signed-in newcomer.
 * When a session cannot be renewed the call goes again unsigned, so the portal keeps working
 * for a visitor whose session lapsed.
 */
export const newcomerAuth: Auth = {
  accessToken: async () => (isSignedIn() ? (await session()).accessToken() : undefined),
  refresh: async () => (await (await session()).refreshTokens()) || !isSignedIn(),
  tenantId: () => undefined,
};
