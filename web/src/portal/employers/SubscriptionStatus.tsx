import { useTranslation } from "react-i18next";
import { formatDate } from "../help/format";
import { accessState } from "./status";
import type { EmployerMe } from "./useEmployer";

/** The subscription's status and what it means for the space, in plain words. */
export function SubscriptionStatus({ me }: { me: EmployerMe }) {
  const { t, i18n } = useTranslation("employers");
  const state = accessState(me);
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : "");
  return (
    <section aria-labelledby="subscription-title" className="subscription">
      <h2 id="subscription-title">{t("status.title")}</h2>
      {me.subscription ? (
        <dl>
          <dt>{t("status.label")}</dt>
          <dd>
            <span className="badge">{t(`status.${me.subscription.status}`)}</span>
          </dd>
          {me.subscription.currentPeriodEnd && (
            <>
              <dt>{t("status.periodEnd")}</dt>
              <dd>{date(me.subscription.currentPeriodEnd)}</dd>
            </>
          )}
        </dl>
      ) : null}
      <p className={state === "paused" || state === "grace" ? "notice" : undefined}>
        {t(`access.${state}`, { date: date(me.graceEndsAt) })}
      </p>
    </section>
  );
}
