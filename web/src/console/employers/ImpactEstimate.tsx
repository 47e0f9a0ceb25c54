import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { useFormat } from "../format";

/**
 * What installed households spend locally in a year, estimated from the territory's amount per
 * household, with its formula: the outcomes page's figure for elected officials.
 */
export function ImpactEstimate({ from, to }: { from?: string; to?: string }) {
  const { t } = useTranslation("employers-console");
  const format = useFormat();
  const trpc = useTRPC();
  const impact = useQuery({
    ...trpc.employersConsole.impact.queryOptions({ from, to }),
    placeholderData: keepPreviousData,
  });
  if (!impact.data) return null;
  const euros = (value: number) =>
    new Intl.NumberFormat(format.locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(
      value,
    );
  const { households, perHouseholdEur, yearlyEur, basis, isDefault } = impact.data;
  return (
    <section aria-labelledby="impact-heading">
      <h2 id="impact-heading">{t("impact.title")}</h2>
      <dl className="figures">
        <div>
          <dt>{t("impact.yearly")}</dt>
          <dd>{euros(yearlyEur)}</dd>
        </div>
      </dl>
      <p>
        {t("impact.formula", {
          households: format.number(households),
          perHousehold: euros(perHouseholdEur),
          yearly: euros(yearlyEur),
        })}
      </p>
      <p className="hint">
        {isDefault
          ? t("impact.defaultBasis", { total: euros(basis.totalEur), households: format.number(basis.households) })
          : t("impact.territoryBasis")}
      </p>
    </section>
  );
}
