import { type CSSProperties, useLayoutEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes } from "react-router";
import { languageName } from "../languages";
import { usePageTitle } from "../ui/usePageTitle";
import { initialLanguage, rememberLanguage } from "./language";
import { PortalHome } from "./PortalHome";
import type { PortalProfile } from "./types";

export function PortalLayout({ profile }: { profile: PortalProfile }) {
  const { t, i18n } = useTranslation();
  usePageTitle(profile.name);
  // Before the first paint, so nobody sees the page flip from one language to another.
  useLayoutEffect(() => {
    void i18n.changeLanguage(initialLanguage(profile));
  }, [i18n, profile]);

  function choose(code: string) {
    rememberLanguage(code);
    void i18n.changeLanguage(code);
  }

  // The server only accepts a primary colour under which white text is readable (4.5:1).
  const brand = { "--brand": profile.primaryColor, "--accent": profile.accentColor ?? "transparent" } as CSSProperties;

  return (
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
      <main id="main" tabIndex={-1} className="portal-main">
        <Routes>
          <Route index element={<PortalHome profile={profile} />} />
          <Route path="*" element={<PageNotFound />} />
        </Routes>
      </main>
      <footer className="portal-footer">
        <p>{t("footer", { name: profile.name })}</p>
      </footer>
    </div>
  );
}

function PageNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to="/">{t("notFound.link")}</Link>
      </p>
    </>
  );
}
