import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../../api";
import { isSignedIn } from "../../auth/tokens";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { usePortalLanguage } from "../language";
import type { PortalProfile } from "../types";
import { Failure, formatDay, SignInFirst, useRefusal } from "./shared";

/** Bons plans: the partners' deals open today; taking one gives a personal code and its QR code. */
export default function DealsPage({ profile }: { profile: PortalProfile }) {
  const { t, i18n } = useTranslation("bienvenue");
  const title = t("deals.title");
  usePageTitle(`${title} · ${profile.name}`);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refusal = useRefusal();
  const language = usePortalLanguage();
  const signedIn = isSignedIn();
  const deals = useQuery(trpc.deals.available.queryOptions({ language }));
  const mine = useQuery({ ...trpc.deals.mine.queryOptions({ language }), enabled: signedIn });
  const take = useMutation(
    trpc.deals.take.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.deals.mine.queryFilter()),
          queryClient.invalidateQueries(trpc.deals.available.queryFilter()),
        ]),
    }),
  );

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t("deals.intro", { territory: profile.name })}</p>
      {signedIn && mine.data && mine.data.length > 0 && (
        <section aria-labelledby="codes-heading">
          <h2 id="codes-heading">{t("deals.myCodes")}</h2>
          <ul className="cards">
            {mine.data.map((code) => (
              <li key={code.code} className="card">
                <h3>{code.title}</h3>
                {code.redeemedAt ? (
                  <p className="badge">{t("deals.usedOn", { date: formatDay(code.redeemedAt, i18n.language) })}</p>
                ) : (
                  <figure className="ticket">
                    {code.qrSvg && (
                      <img
                        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.qrSvg)}`}
                        alt={t("deals.qrAlt", { code: code.code })}
                        width={180}
                        height={180}
                      />
                    )}
                    <figcaption>
                      {t("deals.code")}{" "}
                      <strong className="code" dir="ltr">
                        {code.code}
                      </strong>
                    </figcaption>
                  </figure>
                )}
                {code.conditions && <p>{code.conditions}</p>}
                {code.validUntil && !code.redeemedAt && (
                  <p className="hint">{t("deals.validUntil", { date: formatDay(code.validUntil, i18n.language) })}</p>
                )}
              </li>
            ))}
          </ul>
          <p className="hint">{t("deals.howToUse")}</p>
        </section>
      )}
      <section aria-labelledby="deals-heading">
        <h2 id="deals-heading">{t("deals.available")}</h2>
        {!signedIn && <SignInFirst why={t("deals.signInWhy")} />}
        {deals.isPending ? (
          <Loading />
        ) : deals.error ? (
          <Failure retry={() => deals.refetch()} />
        ) : deals.data.length === 0 ? (
          <div className="empty">
            <p>{t("deals.none")}</p>
            <p>
              <Link to="/bienvenue/events">{t("deals.meanwhileEvents")}</Link>
            </p>
          </div>
        ) : (
          <ul className="cards">
            {deals.data.map((deal) => (
              <li key={deal.dealId} className="card">
                <h3>{deal.title}</h3>
                <p className="meta">
                  {deal.partnerName} · {t(`deals.category.${deal.category}`, { defaultValue: deal.category })}
                </p>
                {deal.conditions && <p>{deal.conditions}</p>}
                <p className="hint">
                  {t("deals.validUntil", { date: formatDay(deal.validUntil, i18n.language) })}
                  {deal.left !== null && ` · ${t("deals.left", { count: deal.left })}`}
                </p>
                {signedIn && (
                  <p>
                    <button
                      type="button"
                      aria-disabled={take.isPending || deal.left === 0}
                      onClick={() => {
                        if (!take.isPending && deal.left !== 0) take.mutate({ dealId: deal.dealId });
                      }}
                    >
                      {t("deals.take")}
                      <span className="visually-hidden"> {deal.title}</span>
                    </button>
                  </p>
                )}
                {take.error && take.variables?.dealId === deal.dealId && (
                  <p role="alert" className="field-error">
                    {refusal(take.error)}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        {take.isSuccess && (
          <p role="status" className="note">
            {t("deals.taken", { code: take.data.code })}
          </p>
        )}
      </section>
    </>
  );
}
