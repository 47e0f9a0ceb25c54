import * as Auth from "@escale/core/auth";
import * as Tenant from "@escale/core/tenant";
import { publicProcedure, router, userProcedure } from "./init";

/** The platform site: territory sign-up and the signed-in person's tenants. */
export const platformRouter = router({
  slugAvailability: publicProcedure
    .input(Tenant.slugAvailability.schema)
    .query(({ input }) => Tenant.slugAvailability(input)),
  signUp: userProcedure.input(Tenant.signUp.schema).mutation(async ({ input }) => {
    const { tenantId, slug, name } = await Tenant.signUp(input);
    return { tenantId, slug, name };
  }),
  memberships: userProcedure.query(() => Auth.memberships()),
  language: userProcedure.query(() => Auth.language()),
  setLanguage: userProcedure.input(Auth.setLanguage.schema).mutation(({ input }) => Auth.setLanguage(input)),
});
