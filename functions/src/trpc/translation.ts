import * as Translation from "@escale/core/translation";
import { router, staffProcedure } from "./init";

/** Translation help: machine drafts reviewed by people, a household's words in the agent's language, coverage. */
export const translationRouter = router({
  status: staffProcedure.query(() => Translation.status()),
  coverage: staffProcedure.query(() => Translation.coverage()),
  draft: staffProcedure.input(Translation.draft.schema).mutation(({ input }) => Translation.draft(input)),
  review: staffProcedure.input(Translation.review.schema).query(({ input }) => Translation.review(input)),
  publish: staffProcedure.input(Translation.publish.schema).mutation(({ input }) => Translation.publish(input)),
  discard: staffProcedure.input(Translation.discard.schema).mutation(({ input }) => Translation.discard(input)),
  caseMessages: staffProcedure
    .input(Translation.caseMessages.schema)
    .query(({ input }) => Translation.caseMessages(input)),
  draftReply: staffProcedure
    .input(Translation.draftReply.schema)
    .mutation(({ input }) => Translation.draftReply(input)),
});
