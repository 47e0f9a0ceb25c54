import { Checkout } from "@escale/core/billing";
import { Employers, Offers, Referrals } from "@escale/core/employers";
import { employerProcedure, newcomerProcedure, portalOrEmployerProcedure, router } from "./init";

/**
 * The employer space on a territory's portal: sign-up, subscription and billing, people,
 * referrals. Its calls carry the `x-escale-space: employer` header, so the edge resolves the
 * signed-in person as the employer they act for.
 */
export const employerSpaceRouter = router({
  offers: portalOrEmployerProcedure.query(() => Offers.forSale()),
  signUp: newcomerProcedure.input(Employers.signUp.schema).mutation(({ input }) => Employers.signUp(input)),
  me: employerProcedure.query(() => Employers.mine()),
  checkout: employerProcedure.input(Checkout.start.schema).mutation(({ input }) => Checkout.start(input)),
  billingPortal: employerProcedure.mutation(() => Checkout.billingPortal()),
  invoices: employerProcedure.query(() => Checkout.invoices()),
  people: employerProcedure.query(() => Employers.people()),
  addPerson: employerProcedure.input(Employers.addContact.schema).mutation(({ input }) => Employers.addContact(input)),
  refer: employerProcedure.input(Referrals.refer.schema).mutation(({ input }) => Referrals.refer(input)),
  referrals: employerProcedure.query(() => Referrals.mine()),
});
