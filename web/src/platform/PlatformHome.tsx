import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../ui/usePageTitle";

export function PlatformHome() {
  const { t } = useTranslation("platform");
  usePageTitle(t("home.pageTitle"));
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead1")}</p>
      <p className="lead">{t("home.lead2")}</p>
      <ul className="actions">
        <li>
          <Link className="button" to="/signup">
            {t("home.create")}
          </Link>
        </li>
        <li>
          <Link to="/console">{t("home.staffSignIn")}</Link>
        </li>
      </ul>
    </>
  );
}
