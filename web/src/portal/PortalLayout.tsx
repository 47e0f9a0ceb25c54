import { type CSSProperties, lazy, Suspense, useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Route, Routes, useLocation } from "react-router";
import { languageName } from "../languages";
import { Loading } from "../ui/Loading";
import { useFocusOnNavigation } from "../ui/useFocusOnNavigation";
import { AssistantWidget } from "./assistant/AssistantWidget";
import { ConversationProvider } from "./assistant/conversation";
import { initialLanguage, rememberLanguage } from "./language";
import { PageNotFound } from "./PageNotFound";
import { PortalHome } from "./PortalHome";
import type { PortalProfile } from "./types";

// Each part of the portal is downloaded by those who open it: help, the guide, the full-page chat.
const HelpRoutes = lazy(() => import("./help/HelpRoutes"));
const SignInCallback = lazy(() => import("./help/SignInCallback"));
const GuideRoutes = lazy(() => import("./guide/GuideRoutes"));
const AssistantPage = lazy(() => import("./assistant/AssistantPage"));
const EmployerRoutes = lazy(() => import("./employers/EmployerRoutes"));
const BienvenueRoutes = lazy(() => import("./bienvenue/BienvenueRoutes"));
const JobsBoard = lazy(() => import("./jobs/JobsBoard"));
const PartnerPage = lazy(() => import("./bienvenue/PartnerPage"));

export function PortalLayout({ profile }: { profile: PortalProfile }) {
  const { t, i18n } = useTranslation();
  // Before the first paint, so nobody sees the page flip from one language to another.
  useLayoutEffect(() => {
    void i18n.changeLanguage(initialLanguage(profile));
  }, [i18n, profile]);
  // The territory's logo is its portal's tab icon (index.html has an empty one until then).
  useLayoutEffect(() => {
    const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (icon && profile.logoUrl) icon.href = profile.logoUrl;
  }, [profile.logoUrl]);
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  // The full-page chat needs no button to open the same chat.
  const onAssistantPage = useLocation().pathname === "/assistant";

  function choose(code: string) {
    rememberLanguage(code);
    void i18n.changeLanguage(code);
  }

  // The server only accepts a primary colour under which white text is readable (4.5:1).
  const brand = { "--brand": profile.primaryColor, "--accent": profile.accentColor ?? "transparent" } as CSSProperties;

  return (
    <ConversationProvider>
      <div className="portal" style={brand}>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <header className="portal-header">
          <div className="portal-identity">
            {profile.logoUrl && <img src={profile.logoUrl} alt={profile.name} className="portal-logo" />}
            <span className="portal-name">{profile.name}</span>
          </div>
          <div className="language-switcher">
            <label htmlFor="language">{t("language")}</label>
            <select id="language" value={i18n.language} onChange={(event) => choose(event.target.value)}>
              {profile.languages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
          </div>
        </header>
        <nav className="portal-nav" aria-label={t("nav.label")}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t("nav.home")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/guide">{t("nav.guide")}</NavLink>
            </li>
            <li>
              <NavLink to="/help" end>
                {t("nav.help")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/bienvenue" end>
                {t("nav.bienvenue")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/bienvenue/events">{t("nav.events")}</NavLink>
            </li>
            <li>
              <NavLink to="/bienvenue/bons-plans">{t("nav.deals")}</NavLink>
            </li>
          </ul>
        </nav>
        {!onAssistantPage && <AssistantWidget />}
        <main id="main" tabIndex={-1} ref={main} className="portal-main">
          <Suspense fallback={<Loading what={t("loading")} />}>
            <Routes>
              <Route index element={<PortalHome profile={profile} />} />
              <Route path="help/*" element={<HelpRoutes profile={profile} />} />
              <Route path="guide/*" element={<GuideRoutes profile={profile} />} />
              <Route path="assistant" element={<AssistantPage profile={profile} />} />
              <Route path="employer/*" element={<EmployerRoutes profile={profile} />} />
              <Route path="bienvenue/*" element={<BienvenueRoutes profile={profile} />} />
              <Route path="jobs" element={<JobsBoard profile={profile} />} />
              {/* The address partners' e-mailed links carry. */}
              <Route path="bons-plans/partner" element={<PartnerPage />} />
              <Route path="callback" element={<SignInCallback />} />
              <Route path="*" element={<PageNotFound />} />
            </Routes>
          </Suspense>
        </main>
        <footer className="portal-footer">
          <p>{t("footer", { name: profile.name })}</p>
          <p>
            <Link to="/employer/join">{t("employers:portalLink")}</Link>
          </p>
        </footer>
      </div>
    </ConversationProvider>
  );
}
