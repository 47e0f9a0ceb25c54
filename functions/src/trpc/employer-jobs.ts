import { Jobs } from "@escale/core/employers/jobs";
import { z } from "zod";
import { publicProcedure, router } from "./init";

/** Job offers: the portal's board (anyone on the portal), an employer's own offers (the domain requires the employer actor). */
export const jobsRouter = router({
  board: publicProcedure.input(Jobs.board.schema).query(({ input }) => Jobs.board(input)),
  mine: publicProcedure.input(z.void()).query(() => Jobs.mine()),
  post: publicProcedure.input(Jobs.post.schema).mutation(({ input }) => Jobs.post(input)),
  withdraw: publicProcedure.input(Jobs.withdraw.schema).mutation(({ input }) => Jobs.withdraw(input)),
});
