import { useTranslation } from "react-i18next";
import type { Status } from "../../conciergerie";
import { useFormat } from "../format";
import { useLabels } from "./labels";

const stages: Status[] = ["registered", "contacted", "accompanied", "installed", "closed"];

/**
 * The funnel as bars, each as long as its share of registrations. The bars are a picture of
 * the table that follows them, which is what screen readers read.
 */
export function FunnelChart({ counts, caption }: { counts: Record<Status, number>; caption: string }) {
  const { t } = useTranslation("conciergerie");
  const { label } = useLabels();
  const format = useFormat();
  const registered = counts.registered;
  const share = (count: number) => (registered ? count / registered : 0);
  return (
    <figure className="funnel">
      <figcaption>{caption}</figcaption>
      <div className="bars" aria-hidden="true">
        {stages.map((stage) => (
          <div key={stage} className={`bar-row ${stage}`}>
            <span className="bar-label">{label("statuses", stage)}</span>
            <span className="bar-track">
              <span className="bar" style={{ inlineSize: `${registered ? (counts[stage] / registered) * 100 : 0}%` }} />
            </span>
            <span className="bar-value">{format.number(counts[stage])}</span>
          </div>
        ))}
      </div>
      <table>
        <caption className="visually-hidden">{t("outcomes.asTable", { caption })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("outcomes.stage")}</th>
            <th scope="col">{t("outcomes.households")}</th>
            <th scope="col">{t("outcomes.share")}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage}>
              <th scope="row">{label("statuses", stage)}</th>
              <td>{format.number(counts[stage])}</td>
              <td>{format.percent(share(counts[stage]))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
