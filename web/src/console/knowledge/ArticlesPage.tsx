import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useTRPC } from "../../api";
import { languageNameIn } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { Pager, useCursorPages } from "../conciergerie/Pager";
import { useMembership } from "../consoleContext";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { useFilters } from "../useFilters";
import { KnowledgePage } from "./KnowledgePage";
import { isCategory, useKnowledgeLabels } from "./labels";
import { knowledgeRights } from "./rights";

const pageSize = 25;

/** Every article, drafts included, with what needs attention; filtered, a page at a time. */
export function ArticlesPage() {
  const { t, i18n } = useTranslation("knowledge");
  const labels = useKnowledgeLabels();
  const format = useFormat();
  const { role } = useMembership();
  const rights = knowledgeRights(role);
  const trpc = useTRPC();
  const articles = useQuery(trpc.knowledge.list.queryOptions());
  const tenant = useQuery(trpc.console.settings.queryOptions());
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const { params, setFilter } = useFilters();
  const category = params.get("category") ?? "";
  const status = params.get("status") ?? "";
  const review = params.get("review") === "1";
  const filtered = Boolean(category || status || review);
  // The API sends every article at once: pages are cut here, their "cursor" is where one starts.
  const pages = useCursorPages(params.toString());
  const top = useRef<HTMLHeadingElement>(null);
  const defaultLanguage = tenant.data?.tenant.defaultLanguage ?? "fr";

  /** The title in the default language, which every article has; the language is said for screen readers. */
  const titleOf = (titles: Partial<Record<string, string>>, slug: string) => {
    const [lang, title] = Object.entries(titles).find(([code]) => code === defaultLanguage) ??
      Object.entries(titles)[0] ?? [undefined, slug];
    return { title: title ?? slug, lang };
  };
  const shown = (articles.data ?? [])
    .filter(
      (article) =>
        (!category || article.category === category) &&
        (!status || article.status === status) &&
        (!review || article.needsReview),
    )
    .map((article) => ({ ...article, ...titleOf(article.titles, article.slug) }))
    .sort((a, b) => a.title.localeCompare(b.title, defaultLanguage));
  const start = Number(pages.cursor ?? 0);
  const page = shown.slice(start, start + pageSize);
  const nextStart = start + pageSize < shown.length ? String(start + pageSize) : null;

  return (
    <KnowledgePage title={t("articles.title")} intro={t("articles.intro")}>
      {!rights.write && <ReadOnlyNote role={role} what={t("what")} />}
      {notice && (
        <p role="status" className="status">
          {notice}
        </p>
      )}
      {rights.write && (
        <p className="actions compact">
          <Link className="button" to="/console/knowledge/new">
            {t("articles.write")}
          </Link>
          <Link to="/console/knowledge/import">{t("articles.importLink")}</Link>
        </p>
      )}
      <search className="filters" aria-label={t("articles.filters")}>
        <SelectField
          id="filter-category"
          label={t("articles.category")}
          choices={[{ value: "" as const, label: t("articles.anyCategory") }, ...labels.categoryChoices]}
          value={isCategory(category) ? category : ""}
          onChange={(value) => setFilter("category", value)}
        />
        <SelectField
          id="filter-status"
          label={t("articles.status")}
          choices={[{ value: "", label: t("articles.anyStatus") }, ...labels.statusChoices]}
          value={status}
          onChange={(value) => setFilter("status", value)}
        />
        <CheckField
          id="filter-review"
          label={t("articles.needingReview")}
          checked={review}
          onChange={(on) => setFilter("review", on ? "1" : "")}
        />
      </search>
      {articles.isPending ? (
        <Loading />
      ) : articles.error ? (
        <QueryFailure error={articles.error} retry={() => articles.refetch()} />
      ) : (
        <>
          <h2 id="articles-heading" ref={top} tabIndex={-1}>
            {t(filtered ? "articles.countFiltered" : "articles.count", { count: shown.length })}
          </h2>
          {shown.length === 0 ? (
            <EmptyList filtered={filtered} canWrite={rights.write} />
          ) : (
            <table aria-labelledby="articles-heading">
              <thead>
                <tr>
                  <th scope="col">{t("articles.titleColumn")}</th>
                  <th scope="col">{t("articles.category")}</th>
                  <th scope="col">{t("articles.status")}</th>
                  <th scope="col">{t("articles.languages")}</th>
                  <th scope="col">{t("articles.lastReviewed")}</th>
                </tr>
              </thead>
              <tbody>
                {page.map((article) => (
                  <tr key={article.slug}>
                    <th scope="row">
                      <Link to={`/console/knowledge/articles/${article.slug}`} lang={article.lang}>
                        {article.title}
                      </Link>
                    </th>
                    <td>{labels.category(article.category)}</td>
                    <td>
                      <span className="badge">{labels.status(article.status)}</span>
                    </td>
                    <td>{article.languages.map((code) => languageNameIn(code, i18n.language)).join(", ")}</td>
                    <td>
                      {format.day(article.reviewedAt)}
                      {article.needsReview && (
                        <>
                          <br />
                          <span className="badge overdue">{t("articles.needsReview")}</span>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager pages={pages} nextCursor={nextStart} top={top} label={t("articles.pages")} />
        </>
      )}
    </KnowledgePage>
  );
}

/** Says why the list is empty and what to do about it. */
function EmptyList({ filtered, canWrite }: { filtered: boolean; canWrite: boolean }) {
  const { t } = useTranslation("knowledge");
  if (filtered)
    return (
      <p>
        {t("articles.noneMatching")} <Link to="/console/knowledge">{t("articles.showAll")}</Link>
      </p>
    );
  if (!canWrite) return <p>{t("articles.noneReadOnly")}</p>;
  return (
    <p>
      {t("articles.none")} <Link to="/console/knowledge/new">{t("articles.writeFirst")}</Link>
      {t("articles.or")} <Link to="/console/knowledge/import">{t("articles.importFirst")}</Link>.
    </p>
  );
}
