import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../ui/usePageTitle";
import { useMembership } from "../consoleContext";
import { SubNav } from "../SubNav";
import { employerRights } from "./rights";

/** A partner-employer page: its title, the section's navigation, and its content for roles that may see it. */
export function EmployersSection({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation("employers-console");
  const { name, role } = useMembership();
  usePageTitle(t("settings:pageTitle", { title, territory: name }));
  const rights = employerRights(role);
  return (
    <>
      {rights.read && (
        <SubNav
          label={t("nav.label")}
          links={[
            { to: "/console/employers", label: t("nav.employers") },
            { to: "/console/employers/offers", label: t("nav.offers") },
            { to: "/console/employers/jobs", label: t("nav.jobs") },
            { to: "/console/employers/kit", label: t("nav.kit") },
            { to: "/console/employers/settings", label: t("nav.settings") },
          ]}
        />
      )}
      <h1>{title}</h1>
      {intro && <p>{intro}</p>}
      {rights.read ? children : <p className="note">{t("noAccess", { role: t(`common:roles.${role}`) })}</p>}
    </>
  );
}
