import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { Link, useLocation } from "react-router";
import { useTRPC } from "../../api";
import { languageName } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { formatDay } from "../conciergerie/format";
import { choicesOf, label } from "../conciergerie/labels";
import { Pager, useCursorPages } from "../conciergerie/Pager";
import { useMembership } from "../consoleContext";
import { QueryFailure } from "../QueryFailure";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { useFilters } from "../useFilters";
import { KnowledgePage } from "./KnowledgePage";
import { articleStatusLabels, categoryLabels, isCategory } from "./labels";
import { knowledgeRights } from "./rights";

const pageSize = 25;

/** Every article, drafts included, with what needs attention; filtered, a page at a time. */
export function ArticlesPage() {
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
    <KnowledgePage
      title="Knowledge"
      intro="The articles of your portal's welcome guide. The assistant answers newcomers from the published ones only, and cites them."
    >
      {!rights.write && <ReadOnlyNote role={role} what="the articles" />}
      {notice && (
        <p role="status" className="status">
          {notice}
        </p>
      )}
      {rights.write && (
        <p className="actions compact">
          <Link className="button" to="/console/knowledge/new">
            Write an article
          </Link>
          <Link to="/console/knowledge/import">Import articles from a file</Link>
        </p>
      )}
      <search className="filters" aria-label="Filters">
        <SelectField
          id="filter-category"
          label="Category"
          choices={[{ value: "", label: "Any category" }, ...choicesOf(categoryLabels)]}
          value={isCategory(category) ? category : ""}
          onChange={(value) => setFilter("category", value)}
        />
        <SelectField
          id="filter-status"
          label="Status"
          choices={[{ value: "", label: "Draft or published" }, ...choicesOf(articleStatusLabels)]}
          value={status}
          onChange={(value) => setFilter("status", value)}
        />
        <CheckField
          id="filter-review"
          label="Needing review only"
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
            {shown.length} {shown.length === 1 ? "article" : "articles"}
            {filtered ? " matching the filters" : ""}
          </h2>
          {shown.length === 0 ? (
            <EmptyList filtered={filtered} canWrite={rights.write} />
          ) : (
            <table aria-labelledby="articles-heading">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Category</th>
                  <th scope="col">Status</th>
                  <th scope="col">Languages</th>
                  <th scope="col">Last reviewed</th>
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
                    <td>{label(categoryLabels, article.category)}</td>
                    <td>
                      <span className="badge">{articleStatusLabels[article.status]}</span>
                    </td>
                    <td>{article.languages.map(languageName).join(", ")}</td>
                    <td>
                      {formatDay(article.reviewedAt)}
                      {article.needsReview && (
                        <>
                          <br />
                          <span className="badge overdue">Needs review</span>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager pages={pages} nextCursor={nextStart} top={top} label="Pages of articles" />
        </>
      )}
    </KnowledgePage>
  );
}

/** Says why the list is empty and what to do about it. */
function EmptyList({ filtered, canWrite }: { filtered: boolean; canWrite: boolean }) {
  if (filtered)
    return (
      <p>
        No article matches these filters. <Link to="/console/knowledge">Show all the articles</Link>
      </p>
    );
  if (!canWrite) return <p>No article yet. Your territory's editors write them here.</p>;
  return (
    <p>
      No article yet. <Link to="/console/knowledge/new">Write the first one</Link>, or{" "}
      <Link to="/console/knowledge/import">import your articles from a JSON file</Link>.
    </p>
  );
}
