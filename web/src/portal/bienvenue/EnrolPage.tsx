import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { isLanguage } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { isolate } from "../help/format";
import { SignedInAs } from "../help/SignInPrompt";
import { usePortalLanguage } from "../language";
import type { PortalProfile } from "../types";
import { NoticeConsent } from "./NoticeConsent";
import { ProfileFields } from "./ProfileFields";
import { type ProfileDraft, profileFieldOrder, profileInput, profileProblems } from "./profileDraft";
import { Failure, needsSignIn, SignInFirst, useMyBienvenue, useRefusal } from "./shared";

const order = [...profileFieldOrder, "consent"];

/** Joining Bienvenue: the person's household, languages and interests, consent, and the letter. */
export default function EnrolPage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation("bienvenue");
  const title = t("enrol.title");
  usePageTitle(`${title} · ${profile.name}`);
  const language = usePortalLanguage();
  const [params] = useSearchParams();
  const trpc = useTRPC();
  // The channel that brought them (`?src=CODE`) rides along through sign-in, in the address.
  const source = params.get("src") ?? undefined;
  const form = useQuery(trpc.bienvenue.form.queryOptions({ language, channelCode: source }));
  const mine = useMyBienvenue();

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t("enrol.intro", { territory: profile.name })}</p>
      {form.data?.channel && (
        <p className="source">{t("enrol.channel", { channel: isolate(form.data.channel.name) })}</p>
      )}
      {needsSignIn(mine.error) ? (
        <SignInFirst why={t("enrol.signInWhy")} />
      ) : mine.isPending || form.isPending ? (
        <Loading />
      ) : mine.error || form.error ? (
        <Failure retry={() => void Promise.all([mine.refetch(), form.refetch()])} />
      ) : mine.data.enrolled ? (
        <>
          <p>{t("enrol.already")}</p>
          <p>
            <Link className="button" to="/bienvenue">
              {t("nav.mine")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <SignedInAs />
          <EnrolForm profile={profile} form={form.data} channelCode={form.data.channel?.code} />
        </>
      )}
    </>
  );
}

type Form = {
  interests: { id: string; label: Partial<Record<string, string>> }[];
  privacyNotice: { text: string; language: string; version: string };
};

function EnrolForm({ profile, form, channelCode }: { profile: PortalProfile; form: Form; channelCode?: string }) {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refusal = useRefusal();
  const language = usePortalLanguage();
  const offered = profile.languages.filter(isLanguage);
  const [draft, setDraft] = useState<ProfileDraft>({
    name: "",
    language: offered.includes(language) ? language : (offered[0] ?? "fr"),
    languagesSpoken: [language],
    adults: "1",
    children: "0",
    interests: [],
    commune: "",
    arrivalDate: "",
  });
  const [consent, setConsent] = useState(false);
  const [newsletter, setNewsletter] = useState(true);
  const { errors, setErrors, show } = useFieldErrors(order);
  const enrol = useMutation(trpc.bienvenue.enrol.mutationOptions());

  function edit(field: string, patch: Partial<ProfileDraft>) {
    setDraft((previous) => ({ ...previous, ...patch }));
    setErrors(({ [field]: _, form: __, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (enrol.isPending) return;
    const problems = Object.fromEntries(
      Object.entries(profileProblems(draft)).map(([field, key]) => [field, t(key)]),
    ) as Record<string, string>;
    if (!consent) problems.consent = t("form.errors.consent");
    if (show(problems)) return;
    enrol.mutate(
      {
        ...profileInput(draft),
        consent: {
          accepted: true,
          version: form.privacyNotice.version,
          language: isLanguage(form.privacyNotice.language) ? form.privacyNotice.language : undefined,
        },
        newsletter,
        channelCode,
      },
      {
        onSuccess: async (result) => {
          await queryClient.invalidateQueries(trpc.bienvenue.mine.queryFilter());
          navigate("/bienvenue", { state: { welcome: result.newsletter } });
        },
        onError: (error) => {
          const { field } = errorInfo(error);
          show({ [field && order.includes(field) ? field : "form"]: refusal(error) });
        },
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ProfileFields
        draft={draft}
        edit={edit}
        errors={errors}
        interests={form.interests}
        offered={offered}
        defaultLanguage={profile.defaultLanguage}
      />
      <CheckField
        id="newsletter"
        label={t("form.newsletter")}
        hint={t("form.newsletterHint")}
        checked={newsletter}
        onChange={setNewsletter}
      />
      {form.privacyNotice.text ? (
        <NoticeConsent
          notice={form.privacyNotice}
          territory={profile.name}
          checked={consent}
          onChange={(accepted) => {
            setConsent(accepted);
            setErrors(({ consent: _, ...rest }) => rest);
          }}
          errors={errors}
        />
      ) : (
        <p role="alert" className="failure">
          {t("errors.noNotice", { territory: profile.name })}
        </p>
      )}
      <FormEnd
        submit={enrol.isPending ? t("enrol.sending") : t("enrol.submit")}
        pending={enrol.isPending}
        errors={errors}
      />
    </form>
  );
}
