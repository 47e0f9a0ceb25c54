import { Route, Routes } from "react-router";
import { ApiProvider } from "../../ApiProvider";
import { EmployerJobsPage } from "../jobs/EmployerJobsPage";
import { EmployerKitPage } from "../jobs/EmployerKitPage";
import { PageNotFound } from "../PageNotFound";
import type { PortalProfile } from "../types";
import { BillingPage } from "./BillingPage";
import { EmployerLayout } from "./EmployerLayout";
import { employerAuth } from "./employerAuth";
import { HomePage } from "./HomePage";
import { JoinPage } from "./JoinPage";
import { PeoplePage } from "./PeoplePage";
import { ReferralsPage } from "./ReferralsPage";
import { SubscribePage } from "./SubscribePage";

/**
 * The employer space (/employer/*): sign-up is open to anyone signed in; every other page is
 * inside the layout, which lets in only people acting for an employer of this territory.
 */
export default function EmployerRoutes({ profile }: { profile: PortalProfile }) {
  return (
    <ApiProvider auth={employerAuth}>
      <Routes>
        <Route path="join" element={<JoinPage profile={profile} />} />
        <Route element={<EmployerLayout profile={profile} />}>
          <Route index element={<HomePage />} />
          <Route path="subscribe" element={<SubscribePage profile={profile} />} />
          <Route path="billing" element={<BillingPage />} />
          <Route path="referrals" element={<ReferralsPage profile={profile} />} />
          <Route path="people" element={<PeoplePage />} />
          <Route path="jobs" element={<EmployerJobsPage profile={profile} />} />
          <Route path="kit" element={<EmployerKitPage profile={profile} />} />
          <Route path="*" element={<PageNotFound />} />
        </Route>
      </Routes>
    </ApiProvider>
  );
}
