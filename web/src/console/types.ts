import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";

/** The staff view of the tenant, as settings and every settings update return it. */
export type TenantSettings = inferRouterOutputs<AppRouter>["console"]["settings"]["tenant"];

/** A territory the signed-in person belongs to, with their role there. */
export type Membership = inferRouterOutputs<AppRouter>["platform"]["memberships"][number];
