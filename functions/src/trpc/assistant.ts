import * as Assistant from "@escale/core/assistant";
import * as Knowledge from "@escale/core/knowledge";
import { portalProcedure, router } from "./init";

/** The newcomer's welcome guide and assistant on the portal. */
export const assistantRouter = router({
  guide: portalProcedure.input(Knowledge.guide.schema).query(({ input }) => Knowledge.guide(input)),
  article: portalProcedure.input(Knowledge.article.schema).query(({ input }) => Knowledge.article(input)),
  search: portalProcedure.input(Assistant.search.schema).query(({ input }) => Assistant.search(input)),
  ask: portalProcedure.input(Assistant.ask.schema).mutation(({ input }) => Assistant.ask(input)),
});
