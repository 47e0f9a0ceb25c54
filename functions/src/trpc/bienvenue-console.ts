import { EnroleeImport, Enrolment, Events, Letters, Registrations, Settings } from "@escale/core/bienvenue";
import { router, staffProcedure } from "./init";

/** Bienvenue as its staff run it: settings, enrolees, events and registrations, letters. */
export const bienvenueConsoleRouter = router({
  settings: staffProcedure.query(() => Settings.current()),
  updateSettings: staffProcedure.input(Settings.update.schema).mutation(({ input }) => Settings.update(input)),
  enrolees: staffProcedure.query(() => Enrolment.list()),
  importEnrolees: staffProcedure
    .input(EnroleeImport.importCsv.schema)
    .mutation(({ input }) => EnroleeImport.importCsv(input)),
  events: staffProcedure.input(Events.upcoming.schema).query(({ input }) => Events.upcoming(input)),
  event: staffProcedure.input(Events.show.schema).query(({ input }) => Events.show(input)),
  createEvent: staffProcedure.input(Events.create.schema).mutation(({ input }) => Events.create(input)),
  updateEvent: staffProcedure.input(Events.update.schema).mutation(({ input }) => Events.update(input)),
  cancelEvent: staffProcedure.input(Events.cancel.schema).mutation(({ input }) => Events.cancel(input)),
  registerGuest: staffProcedure
    .input(Registrations.registerByStaff.schema)
    .mutation(({ input }) => Registrations.registerByStaff(input)),
  cancelRegistration: staffProcedure
    .input(Registrations.cancelByStaff.schema)
    .mutation(({ input }) => Registrations.cancelByStaff(input)),
  checkIn: staffProcedure.input(Registrations.checkIn.schema).mutation(({ input }) => Registrations.checkIn(input)),
  attendanceExport: staffProcedure
    .input(Registrations.attendanceCsv.schema)
    .query(({ input }) => Registrations.attendanceCsv(input)),
  letters: staffProcedure.query(() => Letters.overview()),
  setLetter: staffProcedure.input(Letters.set.schema).mutation(({ input }) => Letters.set(input)),
  testLetter: staffProcedure.input(Letters.testSend.schema).mutation(({ input }) => Letters.testSend(input)),
  letterLog: staffProcedure.input(Letters.sendLog.schema).query(({ input }) => Letters.sendLog(input)),
});
