import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../format";
import { useChannels } from "./directory";
import { useLabels } from "./labels";

export type CaseSummary = inferRouterOutputs<AppRouter>["conciergerie"]["inbox"]["cases"][number];

/** Which cases are ticked, for the actions on several at once; absent when the reader cannot act. */
export type Selection = { ids: ReadonlySet<string>; toggle: (caseIds: string[], on: boolean) => void };

/** Cases as the inbox and the search show them, each a link to its file, with a box to tick when working several. */
export function CaseTable({
  cases,
  labelledBy,
  busy,
  withStatus = false,
  selection,
}: {
  cases: CaseSummary[];
  labelledBy: string;
  busy?: boolean;
  withStatus?: boolean;
  selection?: Selection;
}) {
  const { t } = useTranslation("conciergerie");
  const { label } = useLabels();
  const format = useFormat();
  const { name: channelName } = useChannels();
  // An erased case keeps its place in the pipeline, with nobody left in it: nothing to act on.
  const selectable = cases.filter((item) => item.people > 0).map((item) => item.caseId);
  const allTicked = selectable.length > 0 && selectable.every((id) => selection?.ids.has(id));
  return (
    <table className="cases" aria-labelledby={labelledBy} aria-busy={busy}>
      <thead>
        <tr>
          {selection && (
            <td>
              <input
                type="checkbox"
                aria-label={t("inbox.selectPage")}
                checked={allTicked}
                onChange={(event) => selection.toggle(selectable, event.target.checked)}
              />
            </td>
          )}
          <th scope="col">{t("inbox.household")}</th>
          {withStatus && <th scope="col">{t("inbox.status")}</th>}
          <th scope="col">{t("inbox.people")}</th>
          <th scope="col">{t("inbox.needs")}</th>
          <th scope="col">{t("inbox.channel")}</th>
          <th scope="col">{t("inbox.registered")}</th>
          <th scope="col">{t("inbox.firstContact")}</th>
          <th scope="col">{t("inbox.assignee")}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((item) => (
          <tr key={item.caseId}>
            {selection && (
              <td>
                {item.people > 0 && (
                  <input
                    type="checkbox"
                    aria-label={t("inbox.select", { name: item.name })}
                    checked={selection.ids.has(item.caseId)}
                    onChange={(event) => selection.toggle([item.caseId], event.target.checked)}
                  />
                )}
              </td>
            )}
            <th scope="row">
              {item.people === 0 ? t("inbox.erased") : <Link to={`/console/cases/${item.caseId}`}>{item.name}</Link>}
            </th>
            {withStatus && <td>{label("statuses", item.status)}</td>}
            <td>{format.number(item.people)}</td>
            <td>{item.needs.map((code) => label("needs", code)).join(", ")}</td>
            <td>{channelName(item.channelCode)}</td>
            <td>{format.day(item.registeredAt)}</td>
            <td>
              {item.overdue ? (
                <>
                  <span className="badge overdue">{t("inbox.overdue")}</span>
                  <br />
                  {t("inbox.wasDue", { date: format.day(item.firstContactDueAt) })}
                </>
              ) : item.status === "registered" ? (
                t("inbox.due", { date: format.day(item.firstContactDueAt) })
              ) : (
                t("done")
              )}
            </td>
            <td>{item.assignee ?? t("nobody")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
