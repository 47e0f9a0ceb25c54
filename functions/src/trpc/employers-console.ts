import { EmployerSettings, Employers, Offers } from "@escale/core/employers";
import { Jobs } from "@escale/core/employers/jobs";
import { Kit } from "@escale/core/employers/kit";
import { EmployerOutcomes, Impact } from "@escale/core/employers/outcomes";
import * as z from "zod";
import { router, staffProcedure } from "./init";

/** The console's partner-employer pages: offers, employers, moderation, kit, outcomes and settings. */
export const employersConsoleRouter = router({
  settings: staffProcedure.input(z.void()).query(() => EmployerSettings.current()),
  updateSettings: staffProcedure
    .input(EmployerSettings.update.schema)
    .mutation(({ input }) => EmployerSettings.update(input)),
  offers: staffProcedure.input(z.void()).query(() => Offers.list()),
  createOffer: staffProcedure.input(Offers.create.schema).mutation(({ input }) => Offers.create(input)),
  updateOffer: staffProcedure.input(Offers.update.schema).mutation(({ input }) => Offers.update(input)),
  employers: staffProcedure.input(z.void()).query(() => Employers.overview()),
  outcomes: staffProcedure.input(z.void()).query(() => EmployerOutcomes.byEmployer()),
  impact: staffProcedure.input(Impact.estimate.schema).query(({ input }) => Impact.estimate(input)),
  jobs: staffProcedure.input(Jobs.moderation.schema).query(({ input }) => Jobs.moderation(input)),
  approveJob: staffProcedure.input(Jobs.approve.schema).mutation(({ input }) => Jobs.approve(input)),
  rejectJob: staffProcedure.input(Jobs.reject.schema).mutation(({ input }) => Jobs.reject(input)),
  jobsForCase: staffProcedure.input(Jobs.forCase.schema).query(({ input }) => Jobs.forCase(input)),
  kit: staffProcedure.input(z.void()).query(() => Kit.items()),
  kitUploadTarget: staffProcedure.input(Kit.uploadTarget.schema).mutation(({ input }) => Kit.uploadTarget(input)),
  addKitItem: staffProcedure.input(Kit.add.schema).mutation(({ input }) => Kit.add(input)),
  removeKitItem: staffProcedure.input(Kit.remove.schema).mutation(({ input }) => Kit.remove(input)),
});
