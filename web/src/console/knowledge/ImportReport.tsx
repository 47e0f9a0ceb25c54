import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";
import { Link } from "react-router";

type Report = inferRouterOutputs<AppRouter>["knowledge"]["importArticles"];

const results: Record<Report["articles"][number]["status"], string> = {
  created: "Created",
  updated: "Updated",
  unchanged: "Unchanged",
  invalid: "Not imported",
};

/** The API's messages start with the field's path, which the report shows in a column of its own. */
const reason = (field: string, message: string) =>
  message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

/** What an import did, article by article, and why an article was not imported. */
export function ImportReport({ report, fileName }: { report: Report; fileName: string }) {
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading" tabIndex={-1}>
        Report for {fileName}
      </h2>
      <p>
        {report.created} created, {report.updated} updated, {report.unchanged} unchanged, {report.invalid} not imported.
        {report.invalid > 0 &&
          " Fix the articles below in the file and import it again: the others will be left as they are."}
      </p>
      <table>
        <caption>Article by article, in the file's order</caption>
        <thead>
          <tr>
            <th scope="col">Position in the file</th>
            <th scope="col">Slug</th>
            <th scope="col">Result</th>
            <th scope="col">Field</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {report.articles.map((article) => (
            <tr key={article.index} className={article.status === "invalid" ? "invalid" : undefined}>
              <td>{article.index + 1}</td>
              <th scope="row">
                {article.slug && article.status !== "invalid" ? (
                  <Link to={`/console/knowledge/articles/${article.slug}`}>{article.slug}</Link>
                ) : (
                  (article.slug ?? "(no slug)")
                )}
              </th>
              <td>{results[article.status]}</td>
              <td>
                {article.errors?.map((error) => (
                  <code key={error.field} className="block">
                    {error.field}
                  </code>
                ))}
              </td>
              <td>
                {article.errors?.map((error) => (
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
