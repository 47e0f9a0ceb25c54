import type { ReactNode } from "react";
import { usePageTitle } from "../../ui/usePageTitle";
import { useMembership } from "../consoleContext";
import { SubNav } from "../SubNav";
import { caseRights } from "./rights";

/** The Conciergerie's pages, each reachable from the others. */
function ConciergerieNav() {
  const { role } = useMembership();
  const rights = caseRights(role);
  return (
    <SubNav
      label="Conciergerie"
      links={[
        { to: "/console/cases", label: "Inbox" },
        { to: "/console/tasks", label: "My tasks", shown: rights.work },
        { to: "/console/outcomes", label: "Outcomes" },
        { to: "/console/channels", label: "Channels" },
        { to: "/console/conciergerie", label: "Settings" },
        { to: "/console/case-reads", label: "Case reads", shown: rights.admin },
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
  const { name, role } = useMembership();
  usePageTitle(`${title} · ${name} · Escale console`);
  const rights = caseRights(role);
  const allowed = adminOnly ? rights.admin : rights.read;
  return (
    <>
      {rights.read && <ConciergerieNav />}
      <h1>{title}</h1>
      {intro && <p>{intro}</p>}
      {allowed ? (
        children
      ) : (
        <p className="note">
          Your role ({role}) does not give access to this page: it holds newcomers' personal data. Ask an owner or an
          admin of your territory.
        </p>
      )}
    </>
  );
}
