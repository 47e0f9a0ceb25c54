import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useTRPC } from "../../api";
import { direction, languageNameIn } from "../../languages";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { HelpFailure } from "../help/SignInPrompt";
import { usePortalLanguage } from "../language";
import type { GuideCategory, PortalProfile } from "../types";
import { GuideSearch } from "./GuideSearch";

/** The welcome guide: the territory's published articles by topic, in the visitor's language where written. */
export function GuidePage({ profile }: { profile: PortalProfile }) {
  const { t, i18n } = useTranslation();
  usePageTitle(`${t("guide.title")} · ${profile.name}`);
  const trpc = useTRPC();
  const language = usePortalLanguage();
  const [params] = useSearchParams();
  // One topic, a page at a time (`?category=health&page=2`), or the first page of each.
  // A topic the guide has words for is one the API knows; anything else shows every topic.
  const asked = params.get("category");
  const category = asked && i18n.exists(`guide.category.${asked}`) ? (asked as GuideCategory) : undefined;
  const page = Math.max(1, Number(params.get("page")) || 1);
  const guide = useQuery(trpc.assistant.guide.queryOptions({ language, category, page }));

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
        guide.data.categories.map(({ category: topic, articles, total, page: current, pages }) => (
          <section key={topic} aria-labelledby={`category-${topic}`}>
            <h2 id={`category-${topic}`}>{t(`guide.category.${topic}`)}</h2>
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
            {pages > 1 &&
              (category ? (
                <TopicPager topic={topic} page={current} pages={pages} />
              ) : (
                <p>
                  <Link to={`?category=${topic}`}>
                    {t("guide.seeAll", { count: total, category: t(`guide.category.${topic}`) })}
                  </Link>
                </p>
              ))}
          </section>
        ))
      )}
      {category && (
        <p>
          <Link to="/guide">{t("guide.back")}</Link>
        </p>
      )}
    </>
  );
}

/** "Page 2 of 4" and links to the pages around it, in the address so Back and sharing keep the page. */
function TopicPager({ topic, page, pages }: { topic: string; page: number; pages: number }) {
  const { t } = useTranslation();
  const to = (n: number) => `?category=${topic}${n > 1 ? `&page=${n}` : ""}`;
  return (
    <nav className="pager" aria-label={t("guide.pages", { category: t(`guide.category.${topic}`) })}>
      <p>{t("guide.pageOf", { page, pages })}</p>
      {page > 1 && <Link to={to(page - 1)}>{t("guide.previous")}</Link>}
      {page < pages && <Link to={to(page + 1)}>{t("guide.next")}</Link>}
    </nav>
  );
}
