import * as Team from "@escale/core/team";
import { router, staffProcedure } from "./init";

export const teamRouter = router({
  list: staffProcedure.query(() => Team.list()),
  invite: staffProcedure.input(Team.invite.schema).mutation(({ input }) => Team.invite(input)),
  revokeInvitation: staffProcedure
    .input(Team.revokeInvitation.schema)
    .mutation(({ input }) => Team.revokeInvitation(input)),
  removeMember: staffProcedure.input(Team.removeMember.schema).mutation(({ input }) => Team.removeMember(input)),
  changeRole: staffProcedure.input(Team.changeRole.schema).mutation(({ input }) => Team.changeRole(input)),
  transferOwnership: staffProcedure
    .input(Team.transferOwnership.schema)
    .mutation(({ input }) => Team.transferOwnership(input)),
  leave: staffProcedure.input(Team.leave.schema).mutation(({ input }) => Team.leave(input)),
  history: staffProcedure.input(Team.history.schema).query(({ input }) => Team.history(input)),
});
