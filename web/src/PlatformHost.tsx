import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { ApiProvider } from "./ApiProvider";
import type { Auth } from "./api";
import { accessToken, refreshTokens } from "./auth/session";
import { currentTenantId } from "./console/currentTenant";
import { Loading } from "./ui/Loading";

const PlatformSite = lazy(() => import("./platform/PlatformSite"));
const ConsoleApp = lazy(() => import("./console/ConsoleApp"));

const auth: Auth = { accessToken, refresh: refreshTokens, tenantId: currentTenantId };

/** The platform host: the public site with sign-up, and the staff console. */
export default function PlatformHost() {
  return (
    <ApiProvider auth={auth}>
      <BrowserRouter>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/console/*" element={<ConsoleApp />} />
            <Route path="*" element={<PlatformSite />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </ApiProvider>
  );
}
