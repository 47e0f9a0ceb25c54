import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../ui/usePageTitle";

export function PageNotFound() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to="/">{t("notFound.link")}</Link>
      </p>
    </>
  );
}
