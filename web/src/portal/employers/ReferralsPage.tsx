import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { isLanguage, languageName } from "../../languages";
import { FormEnd } from "../../ui/FormEnd";
import { type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { usePageTitle } from "../../ui/usePageTitle";
import { formatDate, isolate } from "../help/format";
import { HelpFailure } from "../help/SignInPrompt";
import type { PortalProfile } from "../types";
import { SubscriptionStatus } from "./SubscriptionStatus";
import { useEmployer } from "./useEmployer";

// The portal's header has its own "language" field: this one needs another id.
const order = ["name", "email", "recruitLanguage", "startDate", "adults", "children", "form"];
const empty = { name: "", email: "", language: "", startDate: "", adults: "", children: "" };

/**
 * Referring recruits to the Conciergerie: the recruit is e-mailed an invitation and tells the
 * Conciergerie about their household themselves; each referral counts against the offer's year.
 */
export function ReferralsPage({ profile }: { profile: PortalProfile }) {
  const { t, i18n } = useTranslation("employers");
  const title = t("referrals.title");
  usePageTitle(title);
  const me = useEmployer();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const referrals = useQuery(trpc.employerSpace.referrals.queryOptions());
  const refer = useMutation(trpc.employerSpace.refer.mutationOptions());
  const languages = profile.languages.filter(isLanguage);
  const [draft, setDraft] = useState({ ...empty, language: profile.defaultLanguage });
  const [sent, setSent] = useState<string>();
  const { errors, show, showFailure, clearing } = useFieldErrors(order);
  const field = (key: keyof typeof empty) => clearing((value: string) => setDraft({ ...draft, [key]: value }));

  if (!me.access)
    return (
      <>
        <h1>{title}</h1>
        <SubscriptionStatus me={me} />
      </>
    );

  async function send(event: FormEvent) {
    event.preventDefault();
    if (refer.isPending) return;
    setSent(undefined);
    const found: FieldErrors = {};
    if (!draft.name.trim()) found.name = t("referrals.errors.name");
    if (!/^\S+@\S+\.\S+$/.test(draft.email.trim())) found.email = t("referrals.errors.email");
    if (show(found)) return;
    try {
      await refer.mutateAsync({
        name: draft.name,
        email: draft.email,
        language: draft.language as (typeof languages)[number],
        startDate: draft.startDate || undefined,
        adults: draft.adults ? Number(draft.adults) : undefined,
        children: draft.children ? Number(draft.children) : undefined,
      });
      setSent(t("referrals.sent", { name: isolate(draft.name), email: isolate(draft.email) }));
      setDraft({ ...empty, language: draft.language });
      await queryClient.invalidateQueries({ queryKey: trpc.employerSpace.referrals.queryKey() });
    } catch (error) {
      const { reason, field: named, message } = errorInfo(error);
      if (reason === "allowance_used") show({ form: t("referrals.errors.allowance") });
      else if (named === "language") show({ recruitLanguage: message });
      else if (reason === "access_paused") show({ form: t("referrals.errors.paused") });
      else showFailure(error);
    }
  }

  return (
    <>
      <h1>{title}</h1>
      <p>{t("referrals.intro")}</p>
      {referrals.data && (
        <p className="allowance">
          {t("referrals.allowance", { used: referrals.data.used, allowance: referrals.data.allowance })}
        </p>
      )}
      <form className="form" noValidate onSubmit={send}>
        <fieldset>
          <legend>{t("referrals.legend")}</legend>
          <TextField
            id="name"
            label={t("referrals.name")}
            value={draft.name}
            onChange={field("name")}
            errors={errors}
            maxLength={120}
            required
          />
          <TextField
            id="email"
            type="email"
            label={t("referrals.email")}
            hint={t("referrals.emailHint")}
            value={draft.email}
            onChange={field("email")}
            errors={errors}
            maxLength={254}
            autoComplete="off"
            dir="ltr"
            required
          />
          <SelectField
            id="recruitLanguage"
            label={t("referrals.language")}
            choices={languages.map((code) => ({ value: code, label: languageName(code), lang: code }))}
            value={draft.language}
            onChange={field("language")}
            errors={errors}
          />
          <TextField
            id="startDate"
            type="date"
            label={t("referrals.startDate")}
            value={draft.startDate}
            onChange={field("startDate")}
            errors={errors}
          />
          <TextField
            id="adults"
            type="number"
            label={t("referrals.adults")}
            value={draft.adults}
            onChange={field("adults")}
            errors={errors}
            min={1}
            max={20}
            inputMode="numeric"
          />
          <TextField
            id="children"
            type="number"
            label={t("referrals.children")}
            value={draft.children}
            onChange={field("children")}
            errors={errors}
            min={0}
            max={15}
            inputMode="numeric"
          />
        </fieldset>
        <FormEnd submit={t("referrals.submit")} pending={refer.isPending} status={sent ?? ""} errors={errors} />
      </form>
      <h2>{t("referrals.listTitle")}</h2>
      {referrals.isPending ? (
        <Loading />
      ) : referrals.error ? (
        <HelpFailure retry={() => referrals.refetch()} />
      ) : referrals.data.referrals.length === 0 ? (
        <p>{t("referrals.none")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("referrals.listTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("referrals.name")}</th>
              <th scope="col">{t("referrals.email")}</th>
              <th scope="col">{t("referrals.startDate")}</th>
              <th scope="col">{t("referrals.referredOn")}</th>
              <th scope="col">{t("referrals.state")}</th>
            </tr>
          </thead>
          <tbody>
            {referrals.data.referrals.map((referral) => (
              <tr key={referral.id}>
                <td>{referral.name}</td>
                <td dir="ltr">{referral.email}</td>
                <td>{referral.startDate ? formatDate(referral.startDate, i18n.language) : "—"}</td>
                <td>{formatDate(referral.createdAt, i18n.language)}</td>
                <td>{t(`referrals.states.${referral.state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
