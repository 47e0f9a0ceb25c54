import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";
import { useTranslation } from "react-i18next";
import { useFormat } from "../format";

type FunnelRow = inferRouterOutputs<AppRouter>["conciergerie"]["funnel"]["byMonth"][number];

/** The stages across, then two figures; their headings are in the `conciergerie` catalog. */
const columns: [keyof FunnelRow, string][] = [
  ["registered", "statuses.registered"],
  ["contacted", "statuses.contacted"],
  ["accompanied", "statuses.accompanied"],
  ["installed", "statuses.installed"],
  ["closed", "statuses.closed"],
  ["childrenSchooled", "outcomes.childrenSchooled"],
  ["medianDaysToInstall", "outcomes.medianDaysShort"],
];

/** The funnel split one way (channel, origin, month): one row per value, the stages across. */
export function BreakdownTable({
  caption,
  by,
  rows,
  nameOf,
}: {
  caption: string;
  by: string;
  rows: FunnelRow[];
  nameOf: (name: string) => string;
}) {
  const { t } = useTranslation("conciergerie");
  const format = useFormat();
  if (rows.length === 0)
    return (
      <>
        <h3>{caption}</h3>
        <p>{t("outcomes.noneInPeriod")}</p>
      </>
    );
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{by}</th>
          {columns.map(([key, title]) => (
            <th key={key} scope="col">
              {t(title)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{nameOf(row.name)}</th>
            {columns.map(([key]) => (
              <td key={key}>{typeof row[key] === "number" ? format.number(row[key]) : "–"}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
