import { Route } from "react-router";
import { CasePage } from "./CasePage";
import { ChannelsPage } from "./ChannelsPage";
import { ConciergerieSettingsPage } from "./ConciergerieSettingsPage";
import { InboxPage } from "./InboxPage";
import { OutcomesPage } from "./OutcomesPage";
import { ReadsPage } from "./ReadsPage";
import { TasksPage } from "./TasksPage";

/** The Conciergerie's console pages, placed among the console's routes. */
export const conciergerieRoutes = (
  <>
    <Route path="cases" element={<InboxPage />} />
    <Route path="cases/:caseId" element={<CasePage />} />
    <Route path="tasks" element={<TasksPage />} />
    <Route path="outcomes" element={<OutcomesPage />} />
    <Route path="channels" element={<ChannelsPage />} />
    <Route path="conciergerie" element={<ConciergerieSettingsPage />} />
    <Route path="case-reads" element={<ReadsPage />} />
  </>
);
