import { flyer, Kit } from "@escale/core/employers/kit";
import { EmployerOutcomes } from "@escale/core/employers/outcomes";
import { z } from "zod";
import { publicProcedure, router } from "./init";

/** The employer space's kit, referral flyer and recruits' outcomes (the domain requires the employer actor). */
export const employerKitRouter = router({
  items: publicProcedure.input(z.void()).query(() => Kit.forEmployer()),
  flyer: publicProcedure.input(flyer.schema).query(({ input }) => flyer(input)),
  outcomes: publicProcedure.input(z.void()).query(() => EmployerOutcomes.mine()),
});
