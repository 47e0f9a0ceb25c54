import { flyer, Kit } from "@escale/core/employers/kit";
import { EmployerOutcomes } from "@escale/core/employers/outcomes";
import * as z from "zod";
import { employerProcedure, router } from "./init";

/** The employer space's kit, referral flyer and recruits' outcomes. */
export const employerKitRouter = router({
  items: employerProcedure.input(z.void()).query(() => Kit.forEmployer()),
  flyer: employerProcedure.input(flyer.schema).query(({ input }) => flyer(input)),
  outcomes: employerProcedure.input(z.void()).query(() => EmployerOutcomes.mine()),
});
