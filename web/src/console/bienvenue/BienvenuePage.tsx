import type { Language } from "@escale/core/languages";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { usePageTitle } from "../../ui/usePageTitle";
import { useMembership } from "../consoleContext";
import { SubNav } from "../SubNav";

/** A Bienvenue page: its title, the section's navigation, its content. */
export function BienvenuePage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation("bienvenue");
  const { name } = useMembership();
  usePageTitle(t("settings:pageTitle", { title, territory: name }));
  return (
    <>
      <SubNav
        label={t("nav.label")}
        links={[
          { to: "/console/bienvenue", label: t("nav.events") },
          { to: "/console/bienvenue/letters", label: t("nav.letters") },
          { to: "/console/bienvenue/bons-plans", label: t("nav.deals") },
          { to: "/console/bienvenue/ambassadors", label: t("nav.ambassadors") },
          { to: "/console/bienvenue/flyers", label: t("nav.flyers") },
          { to: "/console/bienvenue/outcomes", label: t("nav.outcomes") },
        ]}
      />
      <h1>{title}</h1>
      {intro && <p>{intro}</p>}
      {children}
    </>
  );
}

/** The territory's languages, default first: what editors write each text in. */
export function useTenantLanguages() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.console.settings.queryOptions());
  const tenant = settings.data?.tenant;
  const defaultLanguage = (tenant?.defaultLanguage ?? "fr") as Language;
  const languages: Language[] = tenant
    ? [defaultLanguage, ...(tenant.languages as Language[]).filter((language) => language !== defaultLanguage)]
    : [defaultLanguage];
  return { defaultLanguage, languages, ready: Boolean(tenant) };
}

/** A text written per language, in the reader's language when there, else the default one's. */
export function inLanguage(texts: Record<string, string | undefined>, language: string, fallback: string): string {
  return texts[language] ?? texts[fallback] ?? Object.values(texts).find(Boolean) ?? "";
}
