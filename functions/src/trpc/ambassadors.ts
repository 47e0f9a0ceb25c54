import { Erasure, Pairs, Requests, Volunteers } from "@escale/core/bienvenue/ambassadors";
import * as z from "zod";
import { newcomerProcedure, router, staffProcedure } from "./init";

/** Parrainage: residents volunteer and enrolees ask for a buddy on the portal; coordinators pair them. */
export const ambassadorsRouter = router({
  volunteer: newcomerProcedure.input(Volunteers.volunteer.schema).mutation(({ input }) => Volunteers.volunteer(input)),
  myProfile: newcomerProcedure.input(z.void()).query(() => Volunteers.mine()),
  leave: newcomerProcedure.input(z.void()).mutation(() => Erasure.leave()),
  askForBuddy: newcomerProcedure.input(Requests.ask.schema).mutation(({ input }) => Requests.ask(input)),
  myBuddy: newcomerProcedure.input(z.void()).query(() => Requests.mine()),
  withdrawRequest: newcomerProcedure.input(z.void()).mutation(() => Requests.withdraw()),
  list: staffProcedure.input(z.void()).query(() => Volunteers.list()),
  setStatus: staffProcedure.input(Volunteers.setStatus.schema).mutation(({ input }) => Volunteers.setStatus(input)),
  erase: staffProcedure.input(Erasure.erase.schema).mutation(({ input }) => Erasure.erase(input)),
  requests: staffProcedure.input(Requests.list.schema).query(({ input }) => Requests.list(input)),
  suggestions: staffProcedure.input(Requests.suggestions.schema).query(({ input }) => Requests.suggestions(input)),
  approve: staffProcedure.input(Pairs.approve.schema).mutation(({ input }) => Pairs.approve(input)),
  end: staffProcedure.input(Pairs.end.schema).mutation(({ input }) => Pairs.end(input)),
  pairs: staffProcedure.input(Pairs.list.schema).query(({ input }) => Pairs.list(input)),
});
