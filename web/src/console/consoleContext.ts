import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";
import { createContext, useContext } from "react";

export type Membership = inferRouterOutputs<AppRouter>["platform"]["memberships"][number];

/** The territory the console works in and the signed-in person's role there. */
export const ConsoleContext = createContext<Membership | undefined>(undefined);

export function useMembership(): Membership & { canManage: boolean } {
  const membership = useContext(ConsoleContext);
  if (!membership) throw new Error("useMembership outside the console");
  // Mirrors the server's "branding.write" and "team.manage" permissions, which it enforces itself.
  return { ...membership, canManage: membership.role === "owner" || membership.role === "admin" };
}
