import * as Branding from "@escale/core/branding";
import * as Onboarding from "@escale/core/onboarding";
import * as Tenant from "@escale/core/tenant";
import { router, staffProcedure } from "./init";

/** A tenant's settings, as its staff configure them. */
export const consoleRouter = router({
  settings: staffProcedure.query(async () => {
    const [tenant, checklist] = await Promise.all([Tenant.settings(), Onboarding.checklist()]);
    return { tenant, checklist };
  }),
  updateLanguages: staffProcedure
    .input(Tenant.updateLanguages.schema)
    .mutation(({ input }) => Tenant.updateLanguages(input)),
  updateBranding: staffProcedure.input(Branding.update.schema).mutation(({ input }) => Branding.update(input)),
  logoUploadTarget: staffProcedure
    .input(Branding.logoUploadTarget.schema)
    .mutation(({ input }) => Branding.logoUploadTarget(input)),
  useLogo: staffProcedure.input(Branding.useLogo.schema).mutation(({ input }) => Branding.useLogo(input)),
});
