import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, NavLink, Route, Routes, useLocation } from "react-router";
import { errorInfo, useTRPC } from "../api";
import { signIn, signOut } from "../auth/session";
import { isSignedIn } from "../auth/tokens";
import { Loading } from "../ui/Loading";
import { NotFound } from "../ui/NotFound";
import { useFocusOnNavigation } from "../ui/useFocusOnNavigation";
import { usePageTitle } from "../ui/usePageTitle";
import { BrandingPage } from "./BrandingPage";
import { caseRights } from "./conciergerie/rights";
import { conciergerieRoutes } from "./conciergerie/routes";
import { ConsoleContext } from "./consoleContext";
import { currentTenantId, setCurrentTenant } from "./currentTenant";
import { knowledgeRoutes } from "./knowledge/routes";
import { LanguagesPage } from "./LanguagesPage";
import { OverviewPage } from "./OverviewPage";
import { TeamPage } from "./TeamPage";
import type { Membership } from "./types";

/** Sends a visitor who is not (or no longer) signed in to sign in, then back here. */
function useSignInRedirect(needed: boolean) {
  const { pathname, search } = useLocation();
  useEffect(() => {
    if (needed) void signIn(pathname + search);
  }, [needed, pathname, search]);
}

/** The staff console: signed-in members of a territory configure it here. */
export default function ConsoleApp() {
  const signedIn = isSignedIn();
  useSignInRedirect(!signedIn);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      {signedIn ? <Memberships /> : <Loading what="Taking you to sign-in…" />}
    </>
  );
}

function Memberships() {
  const trpc = useTRPC();
  const memberships = useQuery(trpc.platform.memberships.queryOptions());
  const failure = memberships.error ? errorInfo(memberships.error) : undefined;
  useSignInRedirect(failure?.code === "UNAUTHORIZED");

  if (memberships.isPending) return <Loading what="Loading your territories…" />;
  if (memberships.isError)
    return (
      <main id="main" tabIndex={-1} className="console-main">
        <h1>Escale console</h1>
        <p role="alert">{errorInfo(memberships.error).message}</p>
        <button type="button" onClick={() => memberships.refetch()}>
          Try again
        </button>
      </main>
    );
  if (memberships.data.length === 0) return <NoTerritory />;
  return <Console memberships={memberships.data} />;
}

function NoTerritory() {
  usePageTitle("Escale console");
  return (
    <main id="main" tabIndex={-1} className="console-main">
      <h1>You are not on any territory's team yet</h1>
      <p>
        If a territory invited you, ask them to check the e-mail address they used. Otherwise, create your own
        territory: you will be its owner.
      </p>
      <p>
        <Link className="button" to="/signup">
          Create your territory
        </Link>
      </p>
      <button type="button" className="secondary" onClick={() => signOut()}>
        Sign out
      </button>
    </main>
  );
}

function Console({ memberships }: { memberships: Membership[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState(currentTenantId);
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);

  const current = memberships.find((membership) => membership.tenantId === chosen) ?? memberships[0];
  if (!current) throw new Error("Console needs a membership");
  // Idempotent, and must happen before the pages' first requests, which send it as a header.
  if (currentTenantId() !== current.tenantId) setCurrentTenant(current.tenantId);

  function switchTo(tenantId: string) {
    setCurrentTenant(tenantId);
    // Cached settings belong to the previous territory: its data must not show under the new name.
    queryClient.removeQueries(trpc.console.pathFilter());
    queryClient.removeQueries(trpc.team.pathFilter());
    queryClient.removeQueries(trpc.conciergerie.pathFilter());
    queryClient.removeQueries(trpc.knowledge.pathFilter());
    setChosen(tenantId);
  }

  return (
    <ConsoleContext value={current}>
      <header className="console-header">
        <div className="console-bar">
          <p className="site-name">Escale console</p>
          {memberships.length > 1 ? (
            <div className="territory-switcher">
              <label htmlFor="territory">Territory</label>
              <select id="territory" value={current.tenantId} onChange={(event) => switchTo(event.target.value)}>
                {memberships.map((membership) => (
                  <option key={membership.tenantId} value={membership.tenantId}>
                    {membership.name}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <p className="territory-name">{current.name}</p>
          )}
          <p>Your role: {current.role}</p>
          <button type="button" className="secondary" onClick={() => signOut()}>
            Sign out
          </button>
        </div>
        <nav aria-label="Console">
          <ul>
            <li>
              <NavLink to="/console" end>
                Overview
              </NavLink>
            </li>
            <li>
              <NavLink to="/console/branding">Branding</NavLink>
            </li>
            <li>
              <NavLink to="/console/languages">Languages</NavLink>
            </li>
            <li>
              <NavLink to="/console/team">Team</NavLink>
            </li>
            <li>
              <NavLink to="/console/knowledge">Knowledge</NavLink>
            </li>
            {/* Cases hold personal data: the server refuses them to content editors. */}
            {caseRights(current.role).read && (
              <li>
                <NavLink to="/console/cases">Cases</NavLink>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} ref={main} className="console-main" key={current.tenantId}>
        <Routes>
          <Route index element={<OverviewPage />} />
          <Route path="branding" element={<BrandingPage />} />
          <Route path="languages" element={<LanguagesPage />} />
          <Route path="team" element={<TeamPage />} />
          {conciergerieRoutes}
          {knowledgeRoutes}
          <Route path="*" element={<NotFound site="Escale console" home="/console" back="Go to the overview" />} />
        </Routes>
      </main>
    </ConsoleContext>
  );
}
