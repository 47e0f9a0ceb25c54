import { Intake, Newcomer } from "@escale/core/conciergerie";
import { newcomerProcedure, portalProcedure, router } from "./init";

/** The portal's "Get help settling in": the intake form, then the newcomer's own requests. */
export const helpRouter = router({
  form: portalProcedure.input(Intake.form.schema).query(({ input }) => Intake.form(input)),
  submit: portalProcedure.input(Intake.intakeSchema).mutation(({ input }) => Intake.submit(input)),
  myRequests: newcomerProcedure.query(() => Newcomer.myCases()),
  myRequest: newcomerProcedure.input(Newcomer.myCase.schema).query(({ input }) => Newcomer.myCase(input)),
  sendMessage: newcomerProcedure
    .input(Newcomer.sendMessage.schema)
    .mutation(({ input }) => Newcomer.sendMessage(input)),
  downloadMyData: newcomerProcedure.query(() => Newcomer.downloadData()),
  requestErasure: newcomerProcedure
    .input(Newcomer.requestErasure.schema)
    .mutation(({ input }) => Newcomer.requestErasure(input)),
});
