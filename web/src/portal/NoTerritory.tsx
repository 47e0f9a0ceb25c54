import { useTranslation } from "react-i18next";
import { platformOrigin } from "../host";
import { usePageTitle } from "../ui/usePageTitle";

export function NoTerritory() {
  const { t } = useTranslation();
  usePageTitle(t("noTerritory.title"));
  return (
    <main id="main" className="portal-main">
      <h1>{t("noTerritory.title")}</h1>
      <p>{t("noTerritory.body")}</p>
      <p>
        <a href={platformOrigin}>{t("noTerritory.link")}</a>
      </p>
    </main>
  );
}
