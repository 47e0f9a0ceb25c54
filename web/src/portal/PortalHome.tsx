import { useTranslation } from "react-i18next";
import { direction } from "../languages";
import { inLanguage } from "./language";
import type { PortalProfile } from "./types";

const upcoming = ["guide", "help", "bienvenue"] as const;

export function PortalHome({ profile }: { profile: PortalProfile }) {
  const { t, i18n } = useTranslation();
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
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t("comingNext")}</h2>
        <ul className="cards">
          {upcoming.map((card) => (
            <li key={card} className="card">
              <h3>{t(`cards.${card}.title`)}</h3>
              <p>{t(`cards.${card}.body`)}</p>
              <p className="badge">{t("comingSoon")}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
