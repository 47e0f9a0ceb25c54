import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";

type FunnelRow = inferRouterOutputs<AppRouter>["conciergerie"]["funnel"]["byMonth"][number];

const columns: [keyof FunnelRow, string][] = [
  ["registered", "Registered"],
  ["contacted", "Contacted"],
  ["accompanied", "Accompanied"],
  ["installed", "Installed"],
  ["closed", "Closed"],
  ["childrenSchooled", "Children schooled"],
  ["medianDaysToInstall", "Median days to installation"],
];

/** The funnel split one way (channel, origin, month): one row per value, the stages across. */
export function BreakdownTable({
  caption,
  by,
  rows,
  nameOf,
  empty,
}: {
  caption: string;
  by: string;
  rows: FunnelRow[];
  nameOf: (name: string) => string;
  empty: string;
}) {
  if (rows.length === 0)
    return (
      <>
        <h3>{caption}</h3>
        <p>{empty}</p>
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
              {title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{nameOf(row.name)}</th>
            {columns.map(([key]) => (
              <td key={key}>{row[key] ?? "–"}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
