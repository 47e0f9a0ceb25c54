import { Route } from "react-router";
import { CoveragePage } from "./CoveragePage";
import { ReviewPage } from "./ReviewPage";

/** The translation pages, placed among the console's routes. */
export const translationRoutes = (
  <>
    <Route path="translations" element={<CoveragePage />} />
    <Route path="translations/review/:kind/:ref/:language" element={<ReviewPage />} />
  </>
);
