import { createContext, useContext } from "react";
import type { Membership } from "./types";

/** The territory the console works in and the signed-in person's role there. */
export const ConsoleContext = createContext<Membership | undefined>(undefined);

export function useMembership(): Membership & { canManage: boolean } {
  const membership = useContext(ConsoleContext);
  if (!membership) throw new Error("useMembership outside the console");
  // Mirrors the server's "branding.write" and "team.manage" permissions, which it enforces itself.
  return { ...membership, canManage: membership.role === "owner" || membership.role === "admin" };
}
