import { useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { Loading } from "../../ui/Loading";
import { useDownload } from "../../ui/useDownload";
import { useChannels } from "../conciergerie/directory";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { BienvenuePage } from "./BienvenuePage";

// The chart library is only fetched by those who open this page.
const OutcomeCharts = lazy(() => import("./OutcomeCharts"));

const totals = ["enrolments", "lettersSent", "unsubscribes", "dealsTaken", "redemptions", "activePairs"] as const;

/** What the programme achieved: counters kept as things happen, read in one request, as charts, tables and CSV. */
export function OutcomesPage() {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const channels = useChannels();
  const outcomes = useQuery(trpc.bienvenueOutcomes.dashboard.queryOptions({}));
  const { save, failed } = useDownload();
  const share = (value: number | null) => (value === null ? "—" : format.percent(value));
  return (
    <BienvenuePage title={t("outcomes.title")} intro={t("outcomes.intro")}>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          save(async () => ({
            name: "bienvenue-outcomes.csv",
            content: await queryClient.fetchQuery(trpc.bienvenueOutcomes.csv.queryOptions()),
            type: "text/csv;charset=utf-8",
          }))
        }
      >
        {t("outcomes.csv")}
      </button>
      {failed && (
        <p role="alert" className="field-error">
          {t("outcomes.csvFailed")}
        </p>
      )}
      {outcomes.isPending ? (
        <Loading />
      ) : outcomes.error ? (
        <QueryFailure error={outcomes.error} retry={() => outcomes.refetch()} />
      ) : (
        <>
          <dl className="totals">
            {totals.map((measure) => (
              <div key={measure}>
                <dt>{t(`outcomes.measures.${measure}`)}</dt>
                <dd>{format.number(outcomes.data.totals[measure])}</dd>
              </div>
            ))}
          </dl>
          <Suspense fallback={<Loading />}>
            <OutcomeCharts byMonth={outcomes.data.byMonth} />
          </Suspense>
          <table>
            <caption>{t("outcomes.byMonth")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("outcomes.month")}</th>
                {(
                  [
                    "enrolments",
                    "lettersSent",
                    "unsubscribes",
                    "dealsTaken",
                    "redemptions",
                    "pairsStarted",
                    "pairsEnded",
                  ] as const
                ).map((measure) => (
                  <th key={measure} scope="col">
                    {t(`outcomes.measures.${measure}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {outcomes.data.byMonth.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{format.month(row.month)}</th>
                  <td>{format.number(row.enrolments)}</td>
                  <td>{format.number(row.lettersSent)}</td>
                  <td>{format.number(row.unsubscribes)}</td>
                  <td>{format.number(row.dealsTaken)}</td>
                  <td>{format.number(row.redemptions)}</td>
                  <td>{format.number(row.pairsStarted)}</td>
                  <td>{format.number(row.pairsEnded)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>{t("outcomes.byChannel")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("outcomes.channel")}</th>
                <th scope="col">{t("outcomes.measures.enrolments")}</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.data.byChannel.map((row) => (
                <tr key={row.channel}>
                  <th scope="row">{channels.name(row.channel)}</th>
                  <td>{format.number(row.enrolments)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>{t("outcomes.events")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("outcomes.event")}</th>
                <th scope="col">{t("outcomes.capacity")}</th>
                <th scope="col">{t("outcomes.confirmed")}</th>
                <th scope="col">{t("outcomes.fillRate")}</th>
                <th scope="col">{t("outcomes.attended")}</th>
                <th scope="col">{t("outcomes.attendanceRate")}</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.data.events.map((row) => (
                <tr key={row.eventId}>
                  <th scope="row">
                    {row.title}
                    {row.startsAt && ` — ${format.day(row.startsAt)}`}
                  </th>
                  <td>{format.number(row.capacity)}</td>
                  <td>{format.number(row.confirmed)}</td>
                  <td>{share(row.fillRate)}</td>
                  <td>{format.number(row.attended)}</td>
                  <td>{share(row.attendanceRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>{t("outcomes.partners")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("outcomes.partner")}</th>
                <th scope="col">{t("outcomes.measures.dealsTaken")}</th>
                <th scope="col">{t("outcomes.measures.redemptions")}</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.data.partners.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td>{format.number(row.taken)}</td>
                  <td>{format.number(row.redeemed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </BienvenuePage>
  );
}
