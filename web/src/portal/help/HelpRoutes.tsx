import { lazy } from "react";
import { Route, Routes } from "react-router";
import { PageNotFound } from "../PageNotFound";
import type { PortalProfile } from "../types";
import { IntakePage } from "./IntakePage";
import { SentPage } from "./SentPage";

// A newcomer's own pages bring the sign-in client; the intake form does without it.
const RequestsPage = lazy(() => import("./RequestsPage"));
const RequestPage = lazy(() => import("./RequestPage"));

/** The portal's "Get help settling in" (/help) and the newcomer's requests. */
export default function HelpRoutes({ profile }: { profile: PortalProfile }) {
  return (
    <Routes>
      <Route index element={<IntakePage profile={profile} />} />
      <Route path="sent/:caseId" element={<SentPage />} />
      <Route path="requests" element={<RequestsPage />} />
      <Route path="requests/:caseId" element={<RequestPage />} />
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  );
}
