import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../ui/usePageTitle";
import { useMembership } from "../consoleContext";
import { SubNav } from "../SubNav";
import { caseRights } from "./rights";

/** The Conciergerie's pages, each reachable from the others. */
function ConciergerieNav() {
  const { t } = useTranslation("conciergerie");
  const { role } = useMembership();
  const rights = caseRights(role);
  return (
    <SubNav
      label={t("nav.label")}
      links={[
        { to: "/console/cases", label: t("nav.inbox") },
        { to: "/console/tasks", label: t("nav.tasks"), shown: rights.work },
        { to: "/console/outcomes", label: t("nav.outcomes") },
        { to: "/console/channels", label: t("nav.channels") },
        { to: "/console/conciergerie", label: t("nav.settings") },
        { to: "/console/case-reads", label: t("nav.reads"), shown: rights.admin },
      ]}
    />
  );
}

/**
 * A Conciergerie page: its title, the section's navigation, and its content for the roles
 * that may see it. Cases hold personal data: editors, and non-admins on admin pages, get a note.
 */
export function ConciergeriePage({
  title,
  intro,
  adminOnly = false,
  children,
}: {
  title: string;
  intro?: ReactNode;
  adminOnly?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation("conciergerie");
  const { name, role } = useMembership();
  usePageTitle(t("settings:pageTitle", { title, territory: name }));
  const rights = caseRights(role);
  const allowed = adminOnly ? rights.admin : rights.read;
  return (
    <>
      {rights.read && <ConciergerieNav />}
      <h1>{title}</h1>
      {intro && <p>{intro}</p>}
      {allowed ? children : <p className="note">{t("noAccess", { role: t(`common:roles.${role}`) })}</p>}
    </>
  );
}
