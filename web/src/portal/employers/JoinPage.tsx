import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { signIn } from "../../auth/session";
import { isSignedIn } from "../../auth/tokens";
import { FormEnd } from "../../ui/FormEnd";
import { type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { usePageTitle } from "../../ui/usePageTitle";
import { HelpFailure, SignedInAs } from "../help/SignInPrompt";
import type { PortalProfile } from "../types";
import { OfferFields } from "./OfferFields";
import { type OfferPick, splitPick } from "./offers";

const sizes = ["1-9", "10-49", "50-249", "250-999", "1000+"] as const;
type Size = (typeof sizes)[number];
const order = ["name", "siret", "address", "sector", "size", "offerId", "form"];

/**
 * Sign-up of a partner employer: the person confirms their e-mail with a code, describes the
 * company, picks an offer and pays (Stripe Checkout, or the local checkout page without keys).
 */
export function JoinPage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation("employers");
  const title = t("join.title");
  usePageTitle(`${title} · ${profile.name}`);
  const { pathname } = useLocation();
  const trpc = useTRPC();
  const signedIn = isSignedIn();
  const me = useQuery({ ...trpc.employerSpace.me.queryOptions(), enabled: signedIn, retry: false });
  const offers = useQuery(trpc.employerSpace.offers.queryOptions());

  if (me.data) return <Navigate to="/employer" replace />;
  const intro = (
    <>
      <h1>{title}</h1>
      <p>{t("join.intro", { territory: profile.name })}</p>
    </>
  );
  if (!signedIn || errorInfo(me.error).code === "UNAUTHORIZED")
    return (
      <>
        {intro}
        <p>{t("join.signInFirst")}</p>
        <p>
          <button type="button" onClick={() => void signIn(pathname)}>
            {t("join.signIn")}
          </button>
        </p>
      </>
    );
  if (me.isPending || offers.isPending) return <Loading />;
  if (offers.error || (me.error && errorInfo(me.error).reason !== "not_an_employer"))
    return <HelpFailure retry={() => void Promise.all([me.refetch(), offers.refetch()])} />;
  return (
    <>
      {intro}
      <SignedInAs />
      {offers.data.length === 0 ? (
        <p>{t("join.noOffers")}</p>
      ) : (
        <CompanyForm offers={offers.data} fallbackLanguage={profile.defaultLanguage} />
      )}
    </>
  );
}

function CompanyForm({
  offers,
  fallbackLanguage,
}: {
  offers: Parameters<typeof OfferFields>[0]["offers"];
  fallbackLanguage: string;
}) {
  const { t } = useTranslation("employers");
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [company, setCompany] = useState({ name: "", siret: "", address: "", sector: "", size: "" as Size | "" });
  const [pick, setPick] = useState<OfferPick>();
  const { errors, show, showFailure, clearing } = useFieldErrors(order);
  const signUp = useMutation(trpc.employerSpace.signUp.mutationOptions());
  const checkout = useMutation(trpc.employerSpace.checkout.mutationOptions());
  const pending = signUp.isPending || checkout.isPending;
  const field = (key: keyof typeof company) => clearing((value: string) => setCompany({ ...company, [key]: value }));

  async function send(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const found: FieldErrors = {};
    if (company.name.trim().length < 2) found.name = t("join.errors.name");
    if (company.siret.replace(/[\s.]/g, "").length !== 14) found.siret = t("join.errors.siret");
    if (!pick) found.offerId = t("join.errors.offer");
    if (show(found) || !pick) return;
    try {
      await signUp.mutateAsync({
        name: company.name,
        siret: company.siret,
        address: company.address || undefined,
        sector: company.sector || undefined,
        size: company.size || undefined,
      });
    } catch (error) {
      const { field, reason } = errorInfo(error);
      if (field === "siret") show({ siret: t("join.errors.siretCheck") });
      else if (reason === "contact_taken") show({ form: t("join.errors.taken") });
      else showFailure(error);
      return;
    }
    // The company exists now: should payment not start, it is tried again from the space.
    const started = await checkout.mutateAsync(splitPick(pick)).catch(() => undefined);
    if (started) location.assign(started.url);
    else navigate("/employer/subscribe?failed=1");
  }

  return (
    <form className="form" noValidate onSubmit={send}>
      <fieldset>
        <legend>{t("join.company")}</legend>
        <TextField
          id="name"
          label={t("join.name")}
          value={company.name}
          onChange={field("name")}
          errors={errors}
          maxLength={160}
          autoComplete="organization"
          required
        />
        <TextField
          id="siret"
          label={t("join.siret")}
          hint={t("join.siretHint")}
          value={company.siret}
          onChange={field("siret")}
          errors={errors}
          maxLength={20}
          inputMode="numeric"
          required
        />
        <TextField
          id="address"
          label={t("join.address")}
          value={company.address}
          onChange={field("address")}
          errors={errors}
          maxLength={300}
          autoComplete="street-address"
        />
        <TextField
          id="sector"
          label={t("join.sector")}
          value={company.sector}
          onChange={field("sector")}
          errors={errors}
          maxLength={120}
        />
        <SelectField
          id="size"
          label={t("join.size")}
          choices={[
            { value: "", label: t("join.sizeUnsaid") },
            ...sizes.map((size) => ({ value: size, label: t("join.sizeOf", { size }) })),
          ]}
          value={company.size}
          onChange={field("size")}
          errors={errors}
        />
      </fieldset>
      <OfferFields
        offers={offers}
        fallbackLanguage={fallbackLanguage}
        value={pick}
        onChange={clearing(setPick)}
        errors={errors}
      />
      <FormEnd submit={t("join.submit")} pending={pending} errors={errors} />
    </form>
  );
}
