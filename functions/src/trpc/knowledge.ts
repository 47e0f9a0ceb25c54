import * as Assistant from "@escale/core/assistant";
import * as Knowledge from "@escale/core/knowledge";
import { router, staffProcedure } from "./init";

/** The console's knowledge pages: articles, import and export, settings, gaps. */
export const knowledgeRouter = router({
  list: staffProcedure.query(() => Knowledge.list()),
  get: staffProcedure.input(Knowledge.get.schema).query(({ input }) => Knowledge.get(input)),
  preview: staffProcedure.input(Knowledge.preview.schema).query(({ input }) => Knowledge.preview(input)),
  create: staffProcedure.input(Knowledge.create.schema).mutation(({ input }) => Knowledge.create(input)),
  update: staffProcedure.input(Knowledge.update.schema).mutation(({ input }) => Knowledge.update(input)),
  markReviewed: staffProcedure
    .input(Knowledge.markReviewed.schema)
    .mutation(({ input }) => Knowledge.markReviewed(input)),
  remove: staffProcedure.input(Knowledge.remove.schema).mutation(({ input }) => Knowledge.remove(input)),
  importArticles: staffProcedure
    .input(Knowledge.importArticles.schema)
    .mutation(({ input }) => Knowledge.importArticles(input)),
  exportArticles: staffProcedure.query(() => Knowledge.exportArticles()),
  settings: staffProcedure.query(() => Knowledge.settings()),
  updateSettings: staffProcedure
    .input(Knowledge.updateSettings.schema)
    .mutation(({ input }) => Knowledge.updateSettings(input)),
  gaps: staffProcedure.query(() => Assistant.gaps()),
  gapQuestions: staffProcedure.input(Assistant.gapQuestions.schema).query(({ input }) => Assistant.gapQuestions(input)),
  markGapHandled: staffProcedure
    .input(Assistant.markGapHandled.schema)
    .mutation(({ input }) => Assistant.markGapHandled(input)),
});
