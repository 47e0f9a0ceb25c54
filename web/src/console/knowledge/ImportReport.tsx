import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../format";

type Report = inferRouterOutputs<AppRouter>["knowledge"]["importArticles"];

/** The API's messages start with the field's path, which the report shows in a column of its own. */
const reason = (field: string, message: string) =>
  message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

/**
 * What an import did, article by article, and why an article was not imported. The articles to
 * fix come first, so that among 2,000 lines they need no searching; the others keep the file's order.
 */
export function ImportReport({ report, fileName }: { report: Report; fileName: string }) {
  const { t } = useTranslation("knowledge");
  const format = useFormat();
  const rows = [
    ...report.articles.filter((article) => article.status === "invalid"),
    ...report.articles.filter((article) => article.status !== "invalid"),
  ];
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading" tabIndex={-1}>
        {t("report.heading", { file: fileName })}
      </h2>
      <p>
        {t("report.summary", {
          created: format.number(report.created),
          updated: format.number(report.updated),
          unchanged: format.number(report.unchanged),
          invalid: format.number(report.invalid),
        })}
        {report.invalid > 0 && ` ${t("report.fixThem")}`}
      </p>
      {/* Long slugs, field paths and reasons wrap, so that the table fits the window. */}
      <table className="import-report">
        <caption>{t("report.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("report.position")}</th>
            <th scope="col">{t("report.slug")}</th>
            <th scope="col">{t("report.result")}</th>
            <th scope="col">{t("report.field")}</th>
            <th scope="col">{t("report.reason")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((article) => (
            <tr key={article.index} className={article.status === "invalid" ? "invalid" : undefined}>
              <td>{format.number(article.index + 1)}</td>
              <th scope="row">
                {article.slug && article.status !== "invalid" ? (
                  <Link to={`/console/knowledge/articles/${article.slug}`}>{article.slug}</Link>
                ) : (
                  (article.slug ?? t("report.noSlug"))
                )}
              </th>
              <td>{t(`report.results.${article.status}`)}</td>
              <td>
                {[...(article.errors ?? []), ...(article.notes ?? [])].map((error) => (
                  <code key={error.field} className="block">
                    {error.field}
                  </code>
                ))}
              </td>
              <td>
                {[...(article.errors ?? []), ...(article.notes ?? [])].map((error) => (
                  <span key={error.field} className="block">
                    {reason(error.field, error.message)}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
