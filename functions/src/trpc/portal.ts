import * as Tenant from "@escale/core/tenant";
import { portalProcedure, router } from "./init";

/** What newcomers see on a tenant's portal. */
export const portalRouter = router({
  home: portalProcedure.query(() => Tenant.portalProfile()),
});
