import { Catalog, Codes, Partners } from "@escale/core/bienvenue/deals";
import * as z from "zod";
import { newcomerProcedure, portalProcedure, router, staffProcedure } from "./init";

/** Bons plans: staff manage partners and deals and redeem codes; enrolees take deals; partners redeem from a signed link. */
export const dealsRouter = router({
  partners: staffProcedure.input(z.void()).query(() => Partners.list()),
  createPartner: staffProcedure.input(Partners.create.schema).mutation(({ input }) => Partners.create(input)),
  updatePartner: staffProcedure.input(Partners.update.schema).mutation(({ input }) => Partners.update(input)),
  partnerLink: staffProcedure
    .input(Partners.redemptionLink.schema)
    .mutation(({ input }) => Partners.redemptionLink(input)),
  list: staffProcedure.input(z.void()).query(() => Catalog.list()),
  create: staffProcedure.input(Catalog.create.schema).mutation(({ input }) => Catalog.create(input)),
  update: staffProcedure.input(Catalog.update.schema).mutation(({ input }) => Catalog.update(input)),
  redeem: staffProcedure.input(Codes.redeem.schema).mutation(({ input }) => Codes.redeem(input)),
  available: portalProcedure.input(Catalog.available.schema).query(({ input }) => Catalog.available(input)),
  take: newcomerProcedure.input(Codes.take.schema).mutation(({ input }) => Codes.take(input)),
  mine: newcomerProcedure.input(Codes.mine.schema).query(({ input }) => Codes.mine(input)),
  partnerPage: portalProcedure.input(Codes.partnerPage.schema).query(({ input }) => Codes.partnerPage(input)),
  checkAsPartner: portalProcedure.input(Codes.checkAsPartner.schema).query(({ input }) => Codes.checkAsPartner(input)),
  redeemAsPartner: portalProcedure
    .input(Codes.redeemAsPartner.schema)
    .mutation(({ input }) => Codes.redeemAsPartner(input)),
});
