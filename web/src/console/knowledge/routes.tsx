import { Route } from "react-router";
import { ArticleEditorPage } from "./ArticleEditorPage";
import { ArticlesPage } from "./ArticlesPage";
import { GapsPage } from "./GapsPage";
import { ImportPage } from "./ImportPage";
import { KnowledgeSettingsPage } from "./KnowledgeSettingsPage";
import { NewArticlePage } from "./NewArticlePage";

/** The Knowledge section's console pages, placed among the console's routes. */
export const knowledgeRoutes = (
  <>
    <Route path="knowledge" element={<ArticlesPage />} />
    <Route path="knowledge/new" element={<NewArticlePage />} />
    <Route path="knowledge/articles/:slug" element={<ArticleEditorPage />} />
    <Route path="knowledge/import" element={<ImportPage />} />
    <Route path="knowledge/gaps" element={<GapsPage />} />
    <Route path="knowledge/settings" element={<KnowledgeSettingsPage />} />
  </>
);
