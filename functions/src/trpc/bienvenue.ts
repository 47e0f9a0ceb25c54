import { Enrolment, Events, leave, Registrations } from "@escale/core/bienvenue";
import { newcomerProcedure, portalProcedure, router } from "./init";

/** The portal's Bienvenue programme: enrolment, My Bienvenue, events and registrations. */
export const bienvenueRouter = router({
  form: portalProcedure.input(Enrolment.form.schema).query(({ input }) => Enrolment.form(input)),
  enrol: newcomerProcedure.input(Enrolment.enrolSchema).mutation(({ input }) => Enrolment.enrol(input)),
  mine: newcomerProcedure.query(() => Enrolment.mine()),
  updatePreferences: newcomerProcedure
    .input(Enrolment.updatePreferences.schema)
    .mutation(({ input }) => Enrolment.updatePreferences(input)),
  leave: newcomerProcedure.mutation(() => leave()),
  events: portalProcedure.input(Events.upcoming.schema).query(({ input }) => Events.upcoming(input)),
  event: portalProcedure.input(Events.page.schema).query(({ input }) => Events.page(input)),
  register: newcomerProcedure
    .input(Registrations.register.schema)
    .mutation(({ input }) => Registrations.register(input)),
  cancel: newcomerProcedure
    .input(Registrations.cancelMine.schema)
    .mutation(({ input }) => Registrations.cancelMine(input)),
  acceptOffer: newcomerProcedure
    .input(Registrations.acceptOffer.schema)
    .mutation(({ input }) => Registrations.acceptOffer(input)),
});
