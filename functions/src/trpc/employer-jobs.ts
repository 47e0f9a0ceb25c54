import { Jobs } from "@escale/core/employers/jobs";
import * as z from "zod";
import { employerProcedure, portalOrEmployerProcedure, router } from "./init";

/** Job offers: the portal's board (anyone on the portal), an employer's own offers (its people). */
export const jobsRouter = router({
  board: portalOrEmployerProcedure.input(Jobs.board.schema).query(({ input }) => Jobs.board(input)),
  mine: employerProcedure.input(z.void()).query(() => Jobs.mine()),
  post: employerProcedure.input(Jobs.post.schema).mutation(({ input }) => Jobs.post(input)),
  withdraw: employerProcedure.input(Jobs.withdraw.schema).mutation(({ input }) => Jobs.withdraw(input)),
});
