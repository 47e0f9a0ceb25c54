import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { isLanguage } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { usePortalLanguage } from "../language";
import type { PortalProfile } from "../types";
import { ProfileFields } from "./ProfileFields";
import { type ProfileDraft, profileFieldOrder, profileInput, profileProblems } from "./profileDraft";
import { Failure, needsSignIn, SignInFirst, useMyBienvenue, useRefusal } from "./shared";

type Enrolled = Extract<ReturnType<typeof useMyBienvenue>["data"], { enrolled: true }>;

/** An enrolee changes what they told the programme, and whether they get the letter. */
export default function PreferencesPage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation("bienvenue");
  const title = t("preferences.title");
  usePageTitle(`${title} · ${profile.name}`);
  const language = usePortalLanguage();
  const trpc = useTRPC();
  const mine = useMyBienvenue();
  const form = useQuery(trpc.bienvenue.form.queryOptions({ language }));

  if (needsSignIn(mine.error))
    return (
      <>
        <h1>{title}</h1>
        <SignInFirst why={t("mine.signInWhy")} />
      </>
    );
  return (
    <>
      <h1>{title}</h1>
      {mine.isPending || form.isPending ? (
        <Loading />
      ) : mine.error || form.error ? (
        <Failure retry={() => void Promise.all([mine.refetch(), form.refetch()])} />
      ) : !mine.data.enrolled ? (
        <p>
          {t("mine.notEnrolled")} <Link to="/bienvenue/join">{t("enrol.title")}</Link>
        </p>
      ) : (
        <PreferencesForm profile={profile} current={mine.data.profile} interests={form.data.interests} />
      )}
    </>
  );
}

function PreferencesForm({
  profile,
  current,
  interests,
}: {
  profile: PortalProfile;
  current: Enrolled["profile"];
  interests: { id: string; label: Partial<Record<string, string>> }[];
}) {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refusal = useRefusal();
  const offered = profile.languages.filter(isLanguage);
  const [draft, setDraft] = useState<ProfileDraft>({
    name: current.name,
    language: isLanguage(current.language) ? current.language : "fr",
    languagesSpoken: current.languagesSpoken.filter(isLanguage),
    adults: String(current.household.adults),
    children: String(current.household.children),
    interests: current.interests,
    commune: current.commune ?? "",
    arrivalDate: current.arrivalDate ?? "",
  });
  const [newsletter, setNewsletter] = useState(current.newsletter === "subscribed" || current.newsletter === "pending");
  const { errors, setErrors, show } = useFieldErrors(profileFieldOrder);
  const save = useMutation(trpc.bienvenue.updatePreferences.mutationOptions());

  function edit(field: string, patch: Partial<ProfileDraft>) {
    setDraft((previous) => ({ ...previous, ...patch }));
    setErrors(({ [field]: _, form: __, ...rest }) => rest);
    save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const problems = Object.fromEntries(Object.entries(profileProblems(draft)).map(([field, key]) => [field, t(key)]));
    if (show(problems)) return;
    save.mutate(
      { ...profileInput(draft), newsletter, expectedVersion: current.version },
      {
        onSuccess: () => queryClient.invalidateQueries(trpc.bienvenue.mine.queryFilter()),
        onError: (error) => {
          const { field } = errorInfo(error);
          show({ [field && profileFieldOrder.includes(field) ? field : "form"]: refusal(error) });
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
        interests={interests}
        offered={offered}
        defaultLanguage={profile.defaultLanguage}
      />
      <CheckField
        id="newsletter"
        label={t("form.newsletter")}
        hint={t("form.newsletterHint")}
        checked={newsletter}
        onChange={(on) => {
          setNewsletter(on);
          save.reset();
        }}
      />
      <FormEnd
        submit={t("preferences.save")}
        pending={save.isPending}
        status={save.isSuccess ? t("preferences.saved") : ""}
        errors={errors}
      />
      <p>
        <Link to="/bienvenue">{t("nav.mine")}</Link>
      </p>
    </form>
  );
}
