import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { useFormat } from "../format";
import { QueriesPending } from "../QueriesPending";
import { EmployersSection } from "./EmployersSection";

const outcomeKeys = [
  "referred",
  "contacted",
  "accompanied",
  "installed",
  "partnerFoundWork",
  "childrenSchooled",
] as const;

/** Who subscribes, what it brings in each month, and what became of each employer's recruits. */
export function EmployersPage() {
  const { t } = useTranslation("employers-console");
  const format = useFormat();
  const trpc = useTRPC();
  const overview = useQuery(trpc.employersConsole.employers.queryOptions());
  const outcomes = useQuery(trpc.employersConsole.outcomes.queryOptions());
  const euros = (value: number) =>
    new Intl.NumberFormat(format.locale, { style: "currency", currency: "EUR" }).format(value);

  return (
    <EmployersSection title={t("employers.title")} intro={t("employers.intro")}>
      {!overview.data || !outcomes.data ? (
        <QueriesPending queries={[overview, outcomes]} />
      ) : overview.data.employers.length === 0 ? (
        <p>{t("employers.none")}</p>
      ) : (
        <>
          <dl className="figures">
            <div>
              <dt>{t("employers.mrr")}</dt>
              <dd>{euros(overview.data.mrrEur)}</dd>
            </div>
            <div>
              <dt>{t("employers.count")}</dt>
              <dd>{format.number(overview.data.employers.length)}</dd>
            </div>
          </dl>
          <table>
            <caption>{t("employers.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("employers.name")}</th>
                <th scope="col">{t("employers.siret")}</th>
                <th scope="col">{t("employers.subscription")}</th>
                <th scope="col">{t("employers.periodEnd")}</th>
                <th scope="col">{t("employers.monthly")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.data.employers.map((employer) => (
                <tr key={employer.id}>
                  <th scope="row">{employer.name}</th>
                  <td>{employer.siret}</td>
                  <td>
                    {employer.subscription
                      ? t(`statuses.${employer.subscription.status}`)
                      : t("employers.noSubscription")}
                    {employer.subscription && !employer.access && ` (${t("employers.paused")})`}
                  </td>
                  <td>
                    {employer.subscription?.currentPeriodEnd ? format.day(employer.subscription.currentPeriodEnd) : "–"}
                  </td>
                  <td>{euros(employer.mrrEur)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">{t("outcomes.title")}</h2>
            <p>{t("outcomes.intro", { minimum: outcomes.data[0]?.minimumGroup ?? 5 })}</p>
            <table>
              <caption>{t("outcomes.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("employers.name")}</th>
                  {outcomeKeys.map((key) => (
                    <th scope="col" key={key}>
                      {t(`outcomes.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {outcomes.data.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.name}</th>
                    {row.outcomes ? (
                      outcomeKeys.map((key) => <td key={key}>{format.number(row.outcomes[key])}</td>)
                    ) : (
                      <td colSpan={outcomeKeys.length}>{t("outcomes.tooFew", { minimum: row.minimumGroup })}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </EmployersSection>
  );
}
