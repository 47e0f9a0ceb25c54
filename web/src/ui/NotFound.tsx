import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "./usePageTitle";

/** An address the site has no page for, with a way back to its start. */
export function NotFound({ site, home, back }: { site: string; home: string; back: string }) {
  const { t } = useTranslation("common");
  usePageTitle(t("notFound.pageTitle", { site }));
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p>
        <Link to={home}>{back}</Link>
      </p>
    </>
  );
}
