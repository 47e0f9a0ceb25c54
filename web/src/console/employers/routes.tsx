import { Route } from "react-router";
import { EmployerSettingsPage } from "./EmployerSettingsPage";
import { EmployersPage } from "./EmployersPage";
import { JobModerationPage } from "./JobModerationPage";
import { KitPage } from "./KitPage";
import { OffersPage } from "./OffersPage";

/** The partner-employer pages, placed among the console's routes. */
export const employersRoutes = (
  <>
    <Route path="employers" element={<EmployersPage />} />
    <Route path="employers/offers" element={<OffersPage />} />
    <Route path="employers/jobs" element={<JobModerationPage />} />
    <Route path="employers/kit" element={<KitPage />} />
    <Route path="employers/settings" element={<EmployerSettingsPage />} />
  </>
);
