import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { direction } from "../languages";
import { usePageTitle } from "../ui/usePageTitle";
import { inLanguage } from "./language";
import type { PortalProfile } from "./types";

export function PortalHome({ profile }: { profile: PortalProfile }) {
  const { t, i18n } = useTranslation();
  usePageTitle(profile.name);
  const tagline = inLanguage(profile.tagline, i18n.language, profile.defaultLanguage);
  const hero = inLanguage(profile.hero, i18n.language, profile.defaultLanguage);

  return (
    <>
      <section className="hero">
        {/* A text shown in another language than the page's is marked so screen readers switch voice. */}
        <h1 lang={tagline?.lang} dir={tagline && direction(tagline.lang)}>
          {tagline?.text ?? profile.name}
        </h1>
        {hero && (
          <p className="hero-text" lang={hero.lang} dir={direction(hero.lang)}>
            {hero.text}
          </p>
        )}
      </section>
      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{t("services")}</h2>
        <ul className="cards">
          <li className="card">
            <h3>{t("cards.guide.title")}</h3>
            <p>{t("cards.guide.body")}</p>
            <p>
              <Link className="button" to="/guide">
                {t("guide.open")}
              </Link>
            </p>
            <p>
              <Link to="/assistant">{t("guide.askAssistant")}</Link>
            </p>
          </li>
          <li className="card">
            <h3>{t("cards.help.title")}</h3>
            <p>{t("cards.help.body")}</p>
            <p>
              <Link className="button" to="/help">
                {t("help.title")}
              </Link>
            </p>
            <p>
              <Link to="/help/requests">{t("help.requests.title")}</Link>
            </p>
          </li>
          <li className="card">
            <h3>{t("cards.bienvenue.title")}</h3>
            <p>{t("cards.bienvenue.body")}</p>
            <p>
              <Link className="button" to="/bienvenue/join">
                {t("cards.bienvenue.join")}
              </Link>
            </p>
            <p>
              <Link to="/bienvenue/events">{t("cards.bienvenue.events")}</Link>
            </p>
          </li>
        </ul>
      </section>
    </>
  );
}
