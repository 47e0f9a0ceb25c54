import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { direction } from "../../languages";
import { Loading } from "../../ui/Loading";
import { SanitisedHtml } from "../../ui/SanitisedHtml";
import { usePageTitle } from "../../ui/usePageTitle";
import { formatDate } from "../help/format";
import { HelpFailure } from "../help/SignInPrompt";
import { usePortalLanguage } from "../language";
import type { PortalProfile } from "../types";
import { FallbackNote } from "./FallbackNote";

/** One article of the guide, at the address the assistant cites and visitors share. */
export function ArticlePage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const language = usePortalLanguage();
  const article = useQuery(trpc.assistant.article.queryOptions({ slug, language }));
  usePageTitle(`${article.data?.title ?? t("guide.title")} · ${profile.name}`);

  const back = (
    <p>
      <Link to="/guide">{t("guide.back")}</Link>
    </p>
  );
  if (article.isPending) return <Loading what={t("loading")} />;
  if (article.error) {
    // An address that is not an article's (malformed, removed, unpublished) reads the same.
    const missing = ["NOT_FOUND", "BAD_REQUEST"].includes(errorInfo(article.error).code ?? "");
    return (
      <>
        {back}
        {missing ? (
          <>
            <h1>{t("notFound.title")}</h1>
            <p>{t("guide.notFound")}</p>
          </>
        ) : (
          <HelpFailure retry={() => article.refetch()} />
        )}
      </>
    );
  }

  const { title, html, category, fallback, updatedAt } = article.data;
  const lang = article.data.language;
  return (
    <>
      {back}
      <p className="badge">{t(`guide.category.${category}`)}</p>
      <h1 lang={lang} dir={direction(lang)}>
        {title}
      </h1>
      {fallback && <FallbackNote shown={lang} />}
      <SanitisedHtml className="article-body" lang={lang} html={html} />
      <p className="hint">{t("guide.updated", { date: formatDate(updatedAt, language) })}</p>
      <aside className="more-help" aria-label={t("guide.moreHelp")}>
        <p>
          {t("guide.stillQuestion")} <Link to="/assistant">{t("guide.askAssistant")}</Link> ·{" "}
          <Link to="/help">{t("help.title")}</Link>
        </p>
      </aside>
    </>
  );
}
