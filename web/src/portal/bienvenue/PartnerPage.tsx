import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { formatDay, useRefusal } from "./shared";

/**
 * A partner's page, from the signed link the territory e-mailed them (no account): check the
 * code a newcomer shows, then mark it used, once.
 */
export default function PartnerPage() {
  const { t, i18n } = useTranslation("bienvenue");
  const token = useSearchParams()[0].get("token") ?? "";
  const trpc = useTRPC();
  const refusal = useRefusal();
  const page = useQuery({
    ...trpc.deals.partnerPage.queryOptions({ token }),
    enabled: token.length >= 10,
    retry: false,
  });
  const [code, setCode] = useState("");
  const queryClient = useQueryClient();
  // A check is asked for by the partner's button, and never served from an earlier answer.
  const check = useMutation({
    mutationFn: (typed: string) =>
      queryClient.fetchQuery({ ...trpc.deals.checkAsPartner.queryOptions({ token, code: typed }), staleTime: 0 }),
  });
  const redeem = useMutation(trpc.deals.redeemAsPartner.mutationOptions({ onSuccess: () => void page.refetch() }));
  usePageTitle(t("partner.title"));

  function submit(event: FormEvent) {
    event.preventDefault();
    redeem.reset();
    if (code.trim()) check.mutate(code.trim().toUpperCase());
  }

  if (token.length < 10 || (page.error && errorInfo(page.error).reason === "bad_partner_link"))
    return (
      <>
        <h1>{t("partner.title")}</h1>
        <p role="alert" className="failure">
          {t("partner.badLink")}
        </p>
      </>
    );
  if (page.isPending) return <Loading />;
  if (page.error)
    return (
      <>
        <h1>{t("partner.title")}</h1>
        <p role="alert" className="failure">
          {refusal(page.error)}
        </p>
      </>
    );
  const found = check.data;
  return (
    <>
      <h1>{t("partner.title")}</h1>
      <p className="lead">{t("partner.intro", { partner: page.data.partnerName, territory: page.data.territory })}</p>
      <form className="form inline-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="code">{t("partner.code")}</label>
          <input
            id="code"
            value={code}
            onChange={(changed) => setCode(changed.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            dir="ltr"
          />
        </div>
        <button type="submit" aria-disabled={check.isPending}>
          {t("partner.check")}
        </button>
      </form>
      <div role="status">
        {check.error && <p className="field-error">{refusal(check.error)}</p>}
        {found && (
          <div className="registration">
            <h2>{found.title}</h2>
            {found.conditions && <p>{found.conditions}</p>}
            <p className="hint">{t("deals.validUntil", { date: formatDay(found.validUntil, i18n.language) })}</p>
            {redeem.isSuccess || found.redeemedAt ? (
              <p className="note">
                {redeem.isSuccess
                  ? t("partner.redeemed")
                  : t("deals.usedOn", { date: formatDay(found.redeemedAt ?? "", i18n.language) })}
              </p>
            ) : (
              <p>
                <button
                  type="button"
                  aria-disabled={redeem.isPending}
                  onClick={() => {
                    if (!redeem.isPending) redeem.mutate({ token, code: found.code });
                  }}
                >
                  {t("partner.redeem")}
                </button>
              </p>
            )}
            {redeem.error && <p className="field-error">{refusal(redeem.error)}</p>}
          </div>
        )}
      </div>
      <section aria-labelledby="partner-deals">
        <h2 id="partner-deals">{t("partner.deals")}</h2>
        {page.data.deals.length === 0 ? (
          <p>{t("partner.noDeals", { territory: page.data.territory })}</p>
        ) : (
          <ul className="requests">
            {page.data.deals.map((deal) => (
              <li key={deal.dealId}>
                {deal.title}
                <p className="hint">{t("partner.counts", { taken: deal.taken, redeemed: deal.redeemed })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
