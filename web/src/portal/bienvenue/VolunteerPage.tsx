import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { isSignedIn } from "../../auth/tokens";
import { isLanguage } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { RadiosField } from "../../ui/RadiosField";
import { TextField } from "../../ui/TextField";
import { usePageTitle } from "../../ui/usePageTitle";
import { SignedInAs } from "../help/SignInPrompt";
import { usePortalLanguage } from "../language";
import type { PortalProfile } from "../types";
import {
  type Household,
  type MatchDraft,
  MatchFields,
  matchFieldOrder,
  matchInput,
  matchProblems,
} from "./MatchFields";
import { NoticeConsent } from "./NoticeConsent";
import { Failure, needsSignIn, SignInFirst, useMyBienvenue, useRefusal } from "./shared";

const order = [...matchFieldOrder, "availability", "capacity", "charter", "consent"];
const capacities = ["1", "2", "3"] as const;
const charterPoints = ["welcome", "listen", "private", "free", "tell"] as const;

/** A resident volunteers as an ambassador (parrainage), or changes what they said. */
export default function VolunteerPage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation("bienvenue");
  const title = t("volunteer.title");
  usePageTitle(`${title} · ${profile.name}`);
  const trpc = useTRPC();
  const language = usePortalLanguage();
  const signedIn = isSignedIn();
  const mine = useQuery({ ...trpc.ambassadors.myProfile.queryOptions(), enabled: signedIn });
  const enrolment = useMyBienvenue();
  const form = useQuery(trpc.bienvenue.form.queryOptions({ language }));

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t("volunteer.intro", { territory: profile.name })}</p>
      {!signedIn || needsSignIn(mine.error) ? (
        <SignInFirst why={t("volunteer.signInWhy")} />
      ) : mine.isPending || form.isPending || enrolment.isPending ? (
        <Loading />
      ) : mine.error || form.error ? (
        <Failure retry={() => void Promise.all([mine.refetch(), form.refetch()])} />
      ) : (
        <>
          <SignedInAs />
          {mine.data && (
            <p role="status" className="note">
              {mine.data.status === "paused"
                ? t("volunteer.paused")
                : t("volunteer.active", { count: mine.data.buddies ?? 0 })}
            </p>
          )}
          <VolunteerForm
            profile={profile}
            current={mine.data}
            enrolled={enrolment.data?.enrolled ? enrolment.data.profile : undefined}
            form={form.data}
          />
          {mine.data && <LeaveAmbassadors />}
        </>
      )}
    </>
  );
}

type Ambassador = {
  name: string;
  language: string;
  languages: string[];
  commune: string;
  interests?: string[];
  household: Household;
  availability: string;
  capacity: number;
} | null;

function VolunteerForm({
  profile,
  current,
  enrolled,
  form,
}: {
  profile: PortalProfile;
  current: Ambassador;
  enrolled?: { name: string; language: string; languagesSpoken: string[]; commune: string | null; interests: string[] };
  form: {
    interests: { id: string; label: Partial<Record<string, string>> }[];
    privacyNotice: { text: string; language: string; version: string };
    charterVersion: string;
  };
}) {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refusal = useRefusal();
  const language = usePortalLanguage();
  const offered = profile.languages.filter(isLanguage);
  const known = current ?? (enrolled ? { ...enrolled, languages: enrolled.languagesSpoken } : undefined);
  const spoken = known?.languages ?? [language];
  const [draft, setDraft] = useState<MatchDraft>({
    name: known?.name ?? "",
    language: known && isLanguage(known.language) && offered.includes(known.language) ? known.language : language,
    spoken: spoken.filter(isLanguage),
    otherLanguages: spoken.filter((code) => !isLanguage(code)).join(", "),
    commune: known?.commune ?? "",
    interests: known?.interests ?? [],
    household: current?.household,
  });
  const [availability, setAvailability] = useState(current?.availability ?? "");
  const [capacity, setCapacity] = useState<(typeof capacities)[number] | undefined>(
    current ? (String(current.capacity) as (typeof capacities)[number]) : undefined,
  );
  const [charter, setCharter] = useState(false);
  const [consent, setConsent] = useState(false);
  const { errors, setErrors, show } = useFieldErrors(order);
  const save = useMutation(
    trpc.ambassadors.volunteer.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.ambassadors.myProfile.queryFilter()),
    }),
  );
  const clear = (field: string) => {
    setErrors(({ [field]: _, form: __, ...rest }) => rest);
    save.reset();
  };

  function edit(field: string, patch: Partial<MatchDraft>) {
    setDraft((previous) => ({ ...previous, ...patch }));
    clear(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const problems = Object.fromEntries(Object.entries(matchProblems(draft)).map(([field, key]) => [field, t(key)]));
    if (!availability.trim()) problems.availability = t("volunteer.errors.availability");
    if (!capacity) problems.capacity = t("volunteer.errors.capacity");
    if (!charter) problems.charter = t("volunteer.errors.charter");
    if (!consent) problems.consent = t("form.errors.consent");
    if (show(problems)) return;
    save.mutate(
      {
        ...matchInput(draft),
        availability: availability.trim(),
        capacity: Number(capacity),
        charter: { accepted: true, version: form.charterVersion },
        consent: {
          accepted: true,
          version: form.privacyNotice.version,
          language: isLanguage(form.privacyNotice.language) ? form.privacyNotice.language : undefined,
        },
      },
      {
        onError: (error) => {
          const { field } = errorInfo(error);
          show({ [field && order.includes(field) ? field : "form"]: refusal(error) });
        },
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <MatchFields
        draft={draft}
        edit={edit}
        errors={errors}
        interests={form.interests}
        offered={offered}
        defaultLanguage={profile.defaultLanguage}
      />
      <TextField
        id="availability"
        label={t("volunteer.availability")}
        hint={t("volunteer.availabilityHint")}
        rows={3}
        maxLength={500}
        value={availability}
        onChange={(text) => {
          setAvailability(text);
          clear("availability");
        }}
        errors={errors}
      />
      <RadiosField
        id="capacity"
        legend={t("volunteer.capacity")}
        choices={capacities.map((value) => ({ value, label: t("volunteer.newcomers", { count: Number(value) }) }))}
        value={capacity}
        onChange={(value) => {
          setCapacity(value);
          clear("capacity");
        }}
        errors={errors}
      />
      <fieldset>
        <legend>{t("charter.title")}</legend>
        <ul className="charter">
          {charterPoints.map((point) => (
            <li key={point}>{t(`charter.${point}`)}</li>
          ))}
        </ul>
        <CheckField
          id="charter"
          label={t("charter.accept")}
          checked={charter}
          onChange={(accepted) => {
            setCharter(accepted);
            clear("charter");
          }}
          required
          errors={errors}
        />
      </fieldset>
      <NoticeConsent
        notice={form.privacyNotice}
        territory={profile.name}
        label={t("volunteer.consent", { territory: profile.name })}
        checked={consent}
        onChange={(accepted) => {
          setConsent(accepted);
          clear("consent");
        }}
        errors={errors}
      />
      <FormEnd
        submit={current ? t("volunteer.update") : t("volunteer.submit")}
        pending={save.isPending}
        status={save.isSuccess ? t("volunteer.thanks") : ""}
        errors={errors}
      />
    </form>
  );
}

function LeaveAmbassadors() {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const leave = useMutation(
    trpc.ambassadors.leave.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.ambassadors.myProfile.queryFilter()),
    }),
  );
  return (
    <ConfirmButton
      label={t("volunteer.leave")}
      question={t("volunteer.leaveQuestion")}
      confirm={t("volunteer.leaveConfirm")}
      cancel={t("leave.keep")}
      onConfirm={() => leave.mutate()}
    />
  );
}
