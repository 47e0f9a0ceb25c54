import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../../api";
import { direction, languageNameIn } from "../../languages";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { HelpFailure } from "../help/SignInPrompt";
import { usePortalLanguage } from "../language";
import type { PortalProfile } from "../types";
import { GuideSearch } from "./GuideSearch";

/** The welcome guide: the territory's published articles by topic, in the visitor's language where written. */
export function GuidePage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation();
  usePageTitle(`${t("guide.title")} · ${profile.name}`);
  const trpc = useTRPC();
  const language = usePortalLanguage();
  const guide = useQuery(trpc.assistant.guide.queryOptions({ language }));

  return (
    <>
      <h1>{t("guide.title")}</h1>
      <p className="lead">{t("guide.intro", { territory: profile.name })}</p>
      <GuideSearch language={language} />
      {guide.isPending ? (
        <Loading what={t("loading")} />
      ) : guide.error ? (
        <HelpFailure retry={() => guide.refetch()} />
      ) : guide.data.categories.length === 0 ? (
        <p>
          {t("guide.empty", { territory: profile.name })} <Link to="/help">{t("help.title")}</Link>
        </p>
      ) : (
        guide.data.categories.map(({ category, articles }) => (
          <section key={category} aria-labelledby={`category-${category}`}>
            <h2 id={`category-${category}`}>{t(`guide.category.${category}`)}</h2>
            <ul className="cards">
              {articles.map((article) => (
                <li key={article.slug} className="card">
                  {/* Each card is in its own language, which is the default one when not translated. */}
                  <h3 lang={article.language} dir={direction(article.language)}>
                    <Link to={article.path}>{article.title}</Link>
                  </h3>
                  <p lang={article.language} dir={direction(article.language)}>
                    {article.summary}
                  </p>
                  {article.fallback && (
                    <p className="badge">
                      {t("guide.inLanguage", { language: languageNameIn(article.language, language) })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
