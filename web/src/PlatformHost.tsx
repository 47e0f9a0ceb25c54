import { lazy, Suspense } from "react";
import { I18nextProvider } from "react-i18next";
import { BrowserRouter, Route, Routes } from "react-router";
import { ApiProvider } from "./ApiProvider";
import type { Auth } from "./api";
import { accessToken, refreshTokens } from "./auth/session";
import { currentTenantId } from "./console/currentTenant";
import { staffI18n } from "./console/i18n";
import { Loading } from "./ui/Loading";

const PlatformSite = lazy(() => import("./platform/PlatformSite"));
const ConsoleApp = lazy(() => import("./console/ConsoleApp"));

const auth: Auth = { accessToken, refresh: refreshTokens, tenantId: currentTenantId };

/** The platform host: the public site with sign-up, and the staff console, in the staff's words. */
export default function PlatformHost() {
  return (
    <ApiProvider auth={auth}>
      <I18nextProvider i18n={staffI18n}>
        <BrowserRouter>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/console/*" element={<ConsoleApp />} />
              <Route path="*" element={<PlatformSite />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </I18nextProvider>
    </ApiProvider>
  );
}
