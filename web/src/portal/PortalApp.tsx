import { useQuery } from "@tanstack/react-query";
import { I18nextProvider, useTranslation } from "react-i18next";
import { BrowserRouter } from "react-router";
import { ApiProvider } from "../ApiProvider";
import { errorInfo, useTRPC } from "../api";
import { portalI18n } from "./i18n";
import { NoTerritory } from "./NoTerritory";
import { newcomerAuth } from "./newcomerAuth";
import { PortalLayout } from "./PortalLayout";

/** A territory's portal, for newcomers: found from the host name, in the territory's colours. */
export default function PortalApp() {
  return (
    <ApiProvider auth={newcomerAuth}>
      <I18nextProvider i18n={portalI18n}>
        <BrowserRouter>
          <Portal />
        </BrowserRouter>
      </I18nextProvider>
    </ApiProvider>
  );
}

function Portal() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const home = useQuery(trpc.portal.home.queryOptions());

  if (home.isPending)
    return (
      <p role="status" className="loading">
        {t("loading")}
      </p>
    );
  if (home.error) {
    if (errorInfo(home.error).code === "NOT_FOUND") return <NoTerritory />;
    return (
      <main id="main" className="portal-main">
        <p role="alert">{t("loadError")}</p>
        <button type="button" onClick={() => home.refetch()}>
          {t("retry")}
        </button>
      </main>
    );
  }
  return <PortalLayout profile={home.data} />;
}
