import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, NavLink, Route, Routes, useLocation } from "react-router";
import { errorInfo, useTRPC } from "../api";
import { signIn, signOut } from "../auth/session";
import { isSignedIn } from "../auth/tokens";
import { Loading } from "../ui/Loading";
import { NotFound } from "../ui/NotFound";
import { useFocusOnNavigation } from "../ui/useFocusOnNavigation";
import { usePageTitle } from "../ui/usePageTitle";
import { BrandingPage } from "./BrandingPage";
import { checkInRoutes } from "./bienvenue/checkin/routes";
import { bienvenueRoutes } from "./bienvenue/routes";
import { caseRights } from "./conciergerie/rights";
import { conciergerieRoutes } from "./conciergerie/routes";
import { ConsoleContext } from "./consoleContext";
import { currentTenantId, setCurrentTenant } from "./currentTenant";
import { employerRights } from "./employers/rights";
import { employersRoutes } from "./employers/routes";
import { knowledgeRoutes } from "./knowledge/routes";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { LanguagesPage } from "./LanguagesPage";
import { OverviewPage } from "./OverviewPage";
import { TeamPage } from "./TeamPage";
import { translationRoutes } from "./translation/routes";
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
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      {signedIn ? <Memberships /> : <Loading what={t("signingInRedirect")} />}
    </>
  );
}

function Memberships() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const memberships = useQuery(trpc.platform.memberships.queryOptions());
  const failure = memberships.error ? errorInfo(memberships.error) : undefined;
  useSignInRedirect(failure?.code === "UNAUTHORIZED");

  if (memberships.isPending) return <Loading what={t("loadingTerritories")} />;
  if (memberships.isError)
    return (
      <main id="main" tabIndex={-1} className="console-main">
        <h1>{t("consoleName")}</h1>
        <p role="alert">{errorInfo(memberships.error).message}</p>
        <button type="button" onClick={() => memberships.refetch()}>
          {t("retry")}
        </button>
      </main>
    );
  if (memberships.data.length === 0) return <NoTerritory />;
  return <Console memberships={memberships.data} />;
}

function NoTerritory() {
  const { t } = useTranslation();
  usePageTitle(t("consoleName"));
  return (
    <main id="main" tabIndex={-1} className="console-main">
      <h1>{t("noTerritory.title")}</h1>
      <p>{t("noTerritory.body")}</p>
      <p>
        <Link className="button" to="/signup">
          {t("noTerritory.create")}
        </Link>
      </p>
      <button type="button" className="secondary" onClick={() => signOut()}>
        {t("signOut")}
      </button>
    </main>
  );
}

function Console({ memberships }: { memberships: Membership[] }) {
  const { t } = useTranslation();
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
    queryClient.removeQueries(trpc.employersConsole.pathFilter());
    for (const section of [trpc.bienvenueConsole, trpc.bienvenueOutcomes, trpc.deals, trpc.ambassadors, trpc.flyers])
      queryClient.removeQueries(section.pathFilter());
    queryClient.removeQueries(trpc.translation.pathFilter());
    setChosen(tenantId);
  }

  return (
    <ConsoleContext value={current}>
      <header className="console-header">
        <div className="console-bar">
          <p className="site-name">{t("consoleName")}</p>
          {memberships.length > 1 ? (
            <div className="territory-switcher">
              <label htmlFor="territory">{t("territory")}</label>
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
          <p>{t("yourRole", { role: t(`roles.${current.role}`) })}</p>
          <LanguageSwitcher />
          <button type="button" className="secondary" onClick={() => signOut()}>
            {t("signOut")}
          </button>
        </div>
        <nav aria-label={t("nav.label")}>
          <ul>
            <li>
              <NavLink to="/console" end>
                {t("nav.overview")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/console/branding">{t("nav.branding")}</NavLink>
            </li>
            <li>
              <NavLink to="/console/languages">{t("nav.languages")}</NavLink>
            </li>
            <li>
              <NavLink to="/console/team">{t("nav.team")}</NavLink>
            </li>
            <li>
              <NavLink to="/console/knowledge">{t("nav.knowledge")}</NavLink>
            </li>
            <li>
              <NavLink to="/console/bienvenue">{t("nav.bienvenue")}</NavLink>
            </li>
            <li>
              <NavLink to="/console/translations">{t("nav.translations")}</NavLink>
            </li>
            {/* Cases hold personal data: the server refuses them to content editors. */}
            {caseRights(current.role).read && (
              <li>
                <NavLink to="/console/cases">{t("nav.cases")}</NavLink>
              </li>
            )}
            {/* Marking attendance is for those who run the door; editors and viewers do not. */}
            {caseRights(current.role).work && (
              <li>
                <NavLink to="/console/bienvenue/checkin">{t("nav.checkIn")}</NavLink>
              </li>
            )}
            {employerRights(current.role).read && (
              <li>
                <NavLink to="/console/employers">{t("nav.employers")}</NavLink>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} ref={main} className="console-main" key={current.tenantId}>
        <Routes>
          {/* An agent's day starts in the inbox; the setup checklist is for those who configure. */}
          <Route index element={current.role === "agent" ? <Navigate to="cases" replace /> : <OverviewPage />} />
          <Route path="branding" element={<BrandingPage />} />
          <Route path="languages" element={<LanguagesPage />} />
          <Route path="team" element={<TeamPage />} />
          {conciergerieRoutes}
          {knowledgeRoutes}
          {checkInRoutes}
          {employersRoutes}
          {bienvenueRoutes}
          {translationRoutes}
          <Route
            path="*"
            element={<NotFound site={t("consoleName")} home="/console" back={t("notFound.backToOverview")} />}
          />
        </Routes>
      </main>
    </ConsoleContext>
  );
}
