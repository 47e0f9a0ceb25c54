import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { originName } from "../../conciergerie";
import { Loading } from "../../ui/Loading";
import { TextField } from "../../ui/TextField";
import { useMembership } from "../consoleContext";
import { ImpactEstimate } from "../employers/ImpactEstimate";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { BreakdownTable } from "./BreakdownTable";
import { ConciergeriePage } from "./ConciergeriePage";
import { CsvDownloads } from "./CsvDownloads";
import { useChannels } from "./directory";
import { FunnelChart } from "./FunnelChart";
import { caseRights } from "./rights";

function periodOf(from: string, to: string, t: TFunction<"conciergerie">, monthName: (cohort: string) => string) {
  if (from && to) return t("outcomes.periodBetween", { from: monthName(from), to: monthName(to) });
  if (from) return t("outcomes.periodSince", { from: monthName(from) });
  if (to) return t("outcomes.periodUntil", { to: monthName(to) });
  return t("outcomes.periodAll");
}

/** The figures a territory shows its elected officials: the funnel, by channel, origin and month. */
export function OutcomesPage() {
  const { t, i18n } = useTranslation("conciergerie");
  const format = useFormat();
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
    <ConciergeriePage title={t("outcomes.title")} intro={t("outcomes.intro")}>
      <fieldset className="filters">
        <legend>{t("outcomes.period")}</legend>
        <TextField
          id="from"
          label={t("outcomes.from")}
          type="month"
          className="short"
          value={from}
          onChange={setFrom}
          errors={{}}
        />
        <TextField
          id="to"
          label={t("outcomes.to")}
          type="month"
          className="short"
          value={to}
          onChange={setTo}
          errors={{}}
        />
      </fieldset>
      {caseRights(role).admin && <CsvDownloads files={["funnel", "cases"]} />}
      {funnel.isPending ? (
        <Loading />
      ) : funnel.error ? (
        <QueryFailure error={funnel.error} retry={() => funnel.refetch()} />
      ) : (
        <div aria-busy={funnel.isPlaceholderData}>
          <section aria-labelledby="funnel-heading">
            <h2 id="funnel-heading">{t("outcomes.funnel")}</h2>
            {funnel.data.total.registered === 0 ? (
              <p>{t("outcomes.noneYet")}</p>
            ) : (
              <FunnelChart
                counts={funnel.data.total}
                caption={t("outcomes.funnelCaption", { period: periodOf(from, to, t, format.month) })}
              />
            )}
          </section>
          <section aria-labelledby="installed-heading">
            <h2 id="installed-heading">{t("outcomes.installedHeading")}</h2>
            <dl className="figures">
              <div>
                <dt>{t("outcomes.householdsInstalled")}</dt>
                <dd>{format.number(funnel.data.total.householdsInstalled)}</dd>
              </div>
              <div>
                <dt>{t("outcomes.adultsInstalled")}</dt>
                <dd>{format.number(funnel.data.total.adultsInstalled)}</dd>
              </div>
              <div>
                <dt>{t("outcomes.childrenInstalled")}</dt>
                <dd>{format.number(funnel.data.total.childrenInstalled)}</dd>
              </div>
              <div>
                <dt>{t("outcomes.childrenSchooled")}</dt>
                <dd>{format.number(funnel.data.total.childrenSchooled)}</dd>
              </div>
              <div>
                <dt>{t("outcomes.medianDays")}</dt>
                <dd>
                  {funnel.data.total.medianDaysToInstall === null
                    ? "–"
                    : format.number(funnel.data.total.medianDaysToInstall)}
                </dd>
              </div>
            </dl>
          </section>
          <ImpactEstimate from={from || undefined} to={to || undefined} />
          <section aria-labelledby="breakdown-heading">
            <h2 id="breakdown-heading">{t("outcomes.breakdowns")}</h2>
            <BreakdownTable
              caption={t("outcomes.byChannel")}
              by={t("channels.channel")}
              rows={funnel.data.byChannel}
              nameOf={channelName}
            />
            <BreakdownTable
              caption={t("outcomes.byOrigin")}
              by={t("outcomes.comingFrom")}
              rows={funnel.data.byOrigin}
              nameOf={(key) => originName(key, i18n.language)}
            />
            <BreakdownTable
              caption={t("outcomes.byMonth")}
              by={t("outcomes.month")}
              rows={funnel.data.byMonth}
              nameOf={format.month}
            />
          </section>
        </div>
      )}
    </ConciergeriePage>
  );
}
