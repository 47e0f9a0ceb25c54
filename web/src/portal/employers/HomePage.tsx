import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useTRPC } from "../../api";
import { usePageTitle } from "../../ui/usePageTitle";
import { SubscriptionStatus } from "./SubscriptionStatus";
import { isSubscribed } from "./status";
import { useEmployer } from "./useEmployer";

/** The space's start: the subscription, and what the employer can do next. */
export function HomePage() {
  const { t } = useTranslation("employers");
  const me = useEmployer();
  const title = t("home.title", { name: me.name });
  usePageTitle(title);
  const [params] = useSearchParams();
  const backFromCheckout = params.get("checkout") === "done";
  const trpc = useTRPC();
  // Stripe tells us about the payment by webhook, a moment after the browser comes back.
  useQuery({
    ...trpc.employerSpace.me.queryOptions(),
    enabled: backFromCheckout && !isSubscribed(me),
    refetchInterval: 2_000,
  });

  return (
    <>
      <h1>{title}</h1>
      {backFromCheckout && <p role="status">{isSubscribed(me) ? t("home.paid") : t("home.waitingForPayment")}</p>}
      <SubscriptionStatus me={me} />
      <h2>{t("home.next")}</h2>
      <ul className="employer-actions">
        {!isSubscribed(me) && (
          <li>
            <Link to="/employer/subscribe">{t("subscribe.title")}</Link>
          </li>
        )}
        {me.access && (
          <li>
            <Link to="/employer/referrals">{t("referrals.title")}</Link>
          </li>
        )}
        <li>
          <Link to="/employer/billing">{t("billing.title")}</Link>
        </li>
      </ul>
    </>
  );
}
