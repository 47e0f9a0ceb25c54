import type { Status } from "../../conciergerie";
import { statusLabels } from "./labels";

const stages: Status[] = ["registered", "contacted", "accompanied", "installed", "closed"];

/**
 * The funnel as bars, each as long as its share of registrations. The bars are a picture of
 * the table that follows them, which is what screen readers read.
 */
export function FunnelChart({ counts, caption }: { counts: Record<Status, number>; caption: string }) {
  const registered = counts.registered;
  const share = (count: number) => (registered ? Math.round((count / registered) * 100) : 0);
  return (
    <figure className="funnel">
      <figcaption>{caption}</figcaption>
      <div className="bars" aria-hidden="true">
        {stages.map((stage) => (
          <div key={stage} className={`bar-row ${stage}`}>
            <span className="bar-label">{statusLabels[stage]}</span>
            <span className="bar-track">
              <span className="bar" style={{ inlineSize: `${registered ? (counts[stage] / registered) * 100 : 0}%` }} />
            </span>
            <span className="bar-value">{counts[stage]}</span>
          </div>
        ))}
      </div>
      <table>
        <caption className="visually-hidden">{caption}, as a table</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Households</th>
            <th scope="col">Share of registrations</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage}>
              <th scope="row">{statusLabels[stage]}</th>
              <td>{counts[stage]}</td>
              <td>{share(counts[stage])}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
