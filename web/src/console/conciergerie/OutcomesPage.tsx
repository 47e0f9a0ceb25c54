import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../api";
import { originName } from "../../conciergerie";
import { Loading } from "../../ui/Loading";
import { TextField } from "../../ui/TextField";
import { useDownload } from "../../ui/useDownload";
import { useMembership } from "../consoleContext";
import { QueryFailure } from "../QueryFailure";
import { BreakdownTable } from "./BreakdownTable";
import { ConciergeriePage } from "./ConciergeriePage";
import { useChannels } from "./directory";
import { FunnelChart } from "./FunnelChart";
import { caseRights } from "./rights";

const month = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const monthName = (cohort: string) => month.format(new Date(`${cohort}-01T00:00:00Z`));

function periodOf(from: string, to: string): string {
  if (from && to) return `households registered from ${monthName(from)} to ${monthName(to)}`;
  if (from) return `households registered since ${monthName(from)}`;
  if (to) return `households registered until ${monthName(to)}`;
  return "all households";
}

/** The figures a territory shows its elected officials: the funnel, by channel, origin and month. */
export function OutcomesPage() {
  const trpc = useTRPC();
  const { role } = useMembership();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const funnel = useQuery({
    ...trpc.conciergerie.funnel.queryOptions({ from: from || undefined, to: to || undefined }),
    placeholderData: keepPreviousData,
  });
  const { name: channelName } = useChannels();

  return (
    <ConciergeriePage
      title="Outcomes"
      intro="Counted by the month households registered: a household installed in May that registered in March counts in March."
    >
      <fieldset className="filters">
        <legend>Period</legend>
        <TextField
          id="from"
          label="From month"
          type="month"
          className="short"
          value={from}
          onChange={setFrom}
          errors={{}}
        />
        <TextField id="to" label="To month" type="month" className="short" value={to} onChange={setTo} errors={{}} />
      </fieldset>
      {caseRights(role).admin && <CsvDownloads />}
      {funnel.isPending ? (
        <Loading />
      ) : funnel.error ? (
        <QueryFailure error={funnel.error} retry={() => funnel.refetch()} />
      ) : (
        <div aria-busy={funnel.isPlaceholderData}>
          <section aria-labelledby="funnel-heading">
            <h2 id="funnel-heading">Funnel</h2>
            {funnel.data.total.registered === 0 ? (
              <p>No household has registered in this period yet. Share your channels' links to bring newcomers in.</p>
            ) : (
              <FunnelChart
                counts={funnel.data.total}
                caption={`From registration to installation, ${periodOf(from, to)}`}
              />
            )}
          </section>
          <section aria-labelledby="installed-heading">
            <h2 id="installed-heading">Installed households</h2>
            <dl className="figures">
              <div>
                <dt>Households installed</dt>
                <dd>{funnel.data.total.householdsInstalled}</dd>
              </div>
              <div>
                <dt>Adults installed</dt>
                <dd>{funnel.data.total.adultsInstalled}</dd>
              </div>
              <div>
                <dt>Children installed</dt>
                <dd>{funnel.data.total.childrenInstalled}</dd>
              </div>
              <div>
                <dt>Children schooled</dt>
                <dd>{funnel.data.total.childrenSchooled}</dd>
              </div>
              <div>
                <dt>Median days from registration to installation</dt>
                <dd>{funnel.data.total.medianDaysToInstall ?? "–"}</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="breakdown-heading">
            <h2 id="breakdown-heading">Breakdowns</h2>
            <BreakdownTable
              caption="By channel"
              by="Channel"
              rows={funnel.data.byChannel}
              nameOf={channelName}
              empty="No household in this period."
            />
            <BreakdownTable
              caption="By origin"
              by="Coming from"
              rows={funnel.data.byOrigin}
              nameOf={(key) => originName(key, "en")}
              empty="No household in this period."
            />
            <BreakdownTable
              caption="By month of registration"
              by="Month"
              rows={funnel.data.byMonth}
              nameOf={monthName}
              empty="No household in this period."
            />
          </section>
        </div>
      )}
    </ConciergeriePage>
  );
}

/** Spreadsheets for admins: the funnel as above, and every case (personal data: admins only). */
function CsvDownloads() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { save, failed } = useDownload();
  const sources = { funnel: trpc.conciergerie.exportFunnel, cases: trpc.conciergerie.exportCases };

  const csvFile = (what: keyof typeof sources) => async () => ({
    name: `${what}-${new Date().toISOString().slice(0, 10)}.csv`,
    // Always fresh: the file must hold what is stored now.
    content: await queryClient.fetchQuery({ ...sources[what].queryOptions(), staleTime: 0 }),
    type: "text/csv;charset=utf-8",
  });

  return (
    <div className="actions">
      <button type="button" className="secondary" onClick={() => save(csvFile("funnel"))}>
        Download the funnel (CSV)
      </button>
      <button type="button" className="secondary" onClick={() => save(csvFile("cases"))}>
        Download all cases (CSV)
      </button>
      {failed && (
        <p role="alert" className="field-error">
          The file could not be made. Try again.
        </p>
      )}
    </div>
  );
}
