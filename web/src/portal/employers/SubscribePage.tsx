import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useSearchParams } from "react-router";
import { useTRPC } from "../../api";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { HelpFailure } from "../help/SignInPrompt";
import type { PortalProfile } from "../types";
import { OfferFields } from "./OfferFields";
import { type OfferPick, splitPick } from "./offers";
import { isSubscribed } from "./status";
import { useEmployer } from "./useEmployer";

/** Choosing an offer and paying, for an employer without a running subscription (or back from a cancelled checkout). */
export function SubscribePage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation("employers");
  const title = t("subscribe.title");
  usePageTitle(title);
  const me = useEmployer();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const offers = useQuery(trpc.employerSpace.offers.queryOptions());
  const checkout = useMutation(trpc.employerSpace.checkout.mutationOptions());
  const [pick, setPick] = useState<OfferPick>();
  const { errors, show, showFailure, clearing } = useFieldErrors(["offerId", "form"]);

  if (isSubscribed(me)) return <Navigate to="/employer/billing" replace />;

  async function send(event: FormEvent) {
    event.preventDefault();
    if (checkout.isPending) return;
    if (!pick) return void show({ offerId: t("join.errors.offer") });
    try {
      location.assign((await checkout.mutateAsync(splitPick(pick))).url);
    } catch (error) {
      showFailure(error);
    }
  }

  return (
    <>
      <h1>{title}</h1>
      {params.has("failed") && <p role="alert">{t("subscribe.failed")}</p>}
      {offers.isPending ? (
        <Loading />
      ) : offers.error ? (
        <HelpFailure retry={() => offers.refetch()} />
      ) : offers.data.length === 0 ? (
        <p>{t("join.noOffers")}</p>
      ) : (
        <form className="form" noValidate onSubmit={send}>
          <OfferFields
            offers={offers.data}
            fallbackLanguage={profile.defaultLanguage}
            value={pick}
            onChange={clearing(setPick)}
            errors={errors}
          />
          <FormEnd submit={t("subscribe.submit")} pending={checkout.isPending} errors={errors} />
        </form>
      )}
    </>
  );
}
