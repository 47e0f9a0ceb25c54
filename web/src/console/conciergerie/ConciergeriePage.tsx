import type { ReactNode } from "react";
import { NavLink } from "react-router";
import { usePageTitle } from "../../ui/usePageTitle";
import { useMembership } from "../consoleContext";
import { caseRights } from "./rights";

/** The Conciergerie's pages, each reachable from the others. */
function ConciergerieNav() {
  const { role } = useMembership();
  const rights = caseRights(role);
  return (
    <nav aria-label="Conciergerie" className="subnav">
      <ul>
        <li>
          <NavLink to="/console/cases" end>
            Inbox
          </NavLink>
        </li>
        {rights.work && (
          <li>
            <NavLink to="/console/tasks">My tasks</NavLink>
          </li>
        )}
        <li>
          <NavLink to="/console/outcomes">Outcomes</NavLink>
        </li>
        <li>
          <NavLink to="/console/channels">Channels</NavLink>
        </li>
        <li>
          <NavLink to="/console/conciergerie">Settings</NavLink>
        </li>
        {rights.admin && (
          <li>
            <NavLink to="/console/case-reads">Case reads</NavLink>
          </li>
        )}
      </ul>
    </nav>
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
