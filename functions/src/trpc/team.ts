import * as Team from "@escale/core/team";
import { router, staffProcedure } from "./init";

export const teamRouter = router({
  list: staffProcedure.query(() => Team.list()),
  invite: staffProcedure.input(Team.invite.schema).mutation(({ input }) => Team.invite(input)),
  revokeInvitation: staffProcedure
    .input(Team.revokeInvitation.schema)
    .mutation(({ input }) => Team.revokeInvitation(input)),
});
