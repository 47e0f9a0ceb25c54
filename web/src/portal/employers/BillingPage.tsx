import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { formatDate } from "../help/format";
import { HelpFailure } from "../help/SignInPrompt";
import { euros } from "./offers";
import { SubscriptionStatus } from "./SubscriptionStatus";
import { type EmployerMe, useEmployer } from "./useEmployer";

/** Billing: the subscription's state, Stripe's Customer Portal and the invoices. */
export function BillingPage() {
  const { t } = useTranslation("employers");
  const title = t("billing.title");
  usePageTitle(title);
  const me = useEmployer();
  return (
    <>
      <h1>{title}</h1>
      <SubscriptionStatus me={me} />
      {!me.subscription ? (
        <p>
          <Link className="button" to="/employer/subscribe">
            {t("subscribe.title")}
          </Link>
        </p>
      ) : me.billing === "local" ? (
        <p>{t("billing.local")}</p>
      ) : (
        <StripeBilling me={me} />
      )}
    </>
  );
}

function StripeBilling({ me }: { me: EmployerMe }) {
  const { t, i18n } = useTranslation("employers");
  const trpc = useTRPC();
  const portal = useMutation(trpc.employerSpace.billingPortal.mutationOptions());
  const invoices = useQuery({ ...trpc.employerSpace.invoices.queryOptions(), enabled: Boolean(me.subscription) });

  async function openPortal() {
    if (portal.isPending) return;
    const session = await portal.mutateAsync().catch(() => undefined);
    if (session) location.assign(session.url);
  }

  return (
    <>
      <p>{t("billing.portalIntro")}</p>
      <p>
        <button type="button" aria-disabled={portal.isPending} onClick={() => void openPortal()}>
          {t("billing.portal")}
        </button>
      </p>
      {portal.error && <p role="alert">{errorInfo(portal.error).message}</p>}
      <h2>{t("billing.invoices")}</h2>
      {invoices.isPending ? (
        <Loading />
      ) : invoices.error ? (
        <HelpFailure retry={() => invoices.refetch()} />
      ) : invoices.data.length === 0 ? (
        <p>{t("billing.noInvoices")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("billing.invoices")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("billing.number")}</th>
              <th scope="col">{t("billing.date")}</th>
              <th scope="col">{t("billing.total")}</th>
              <th scope="col">{t("billing.invoiceStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {invoices.data.map((invoice) => (
              <tr key={invoice.id}>
                <td>
                  {invoice.url ? (
                    <a href={invoice.url} rel="noreferrer">
                      {invoice.number ?? invoice.id}
                    </a>
                  ) : (
                    (invoice.number ?? invoice.id)
                  )}
                </td>
                <td>{formatDate(invoice.createdAt, i18n.language)}</td>
                <td>{euros(invoice.totalEur, i18n.language)}</td>
                <td>{t(`billing.invoice.${invoice.status ?? "draft"}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
