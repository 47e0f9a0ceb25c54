import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../ui/usePageTitle";
import { useMembership } from "../consoleContext";
import { SubNav } from "../SubNav";

/**
 * A page of the Knowledge section: its title (in `titleLang` when it is an article's), the
 * section's navigation, and its content.
 */
export function KnowledgePage({
  title,
  titleLang,
  intro,
  children,
}: {
  title: string;
  titleLang?: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation("knowledge");
  const { name } = useMembership();
  usePageTitle(t("settings:pageTitle", { title, territory: name }));
  return (
    <>
      <SubNav
        label={t("nav.label")}
        links={[
          { to: "/console/knowledge", label: t("nav.articles") },
          { to: "/console/knowledge/import", label: t("nav.import") },
          { to: "/console/knowledge/gaps", label: t("nav.gaps") },
          { to: "/console/knowledge/settings", label: t("nav.settings") },
        ]}
      />
      <h1 lang={titleLang}>{title}</h1>
      {intro && <p>{intro}</p>}
      {children}
    </>
  );
}
