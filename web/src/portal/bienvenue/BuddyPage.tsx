import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { isSignedIn } from "../../auth/tokens";
import { isLanguage } from "../../languages";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { TextField } from "../../ui/TextField";
import { usePageTitle } from "../../ui/usePageTitle";
import { isolate } from "../help/format";
import { SignedInAs } from "../help/SignInPrompt";
import { usePortalLanguage } from "../language";
import type { PortalProfile } from "../types";
import { type MatchDraft, MatchFields, matchFieldOrder, matchInput, matchProblems } from "./MatchFields";
import { Failure, formatDay, needsSignIn, SignInFirst, useMyBienvenue, useRefusal } from "./shared";

const order = [...matchFieldOrder, "note"];

/** An enrolee asks for a buddy: an ambassador who lives here, matched by language first. */
export default function BuddyPage({ profile }: { profile: PortalProfile }) {
  const { t, i18n } = useTranslation("bienvenue");
  const title = t("buddy.title");
  usePageTitle(`${title} · ${profile.name}`);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const language = usePortalLanguage();
  const signedIn = isSignedIn();
  const buddy = useQuery({ ...trpc.ambassadors.myBuddy.queryOptions(), enabled: signedIn });
  const enrolment = useMyBienvenue();
  const form = useQuery(trpc.bienvenue.form.queryOptions({ language }));
  const withdraw = useMutation(
    trpc.ambassadors.withdrawRequest.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.ambassadors.myBuddy.queryFilter()),
    }),
  );

  let body: React.ReactNode;
  if (!signedIn || needsSignIn(buddy.error)) body = <SignInFirst why={t("buddy.signInWhy")} />;
  else if (buddy.isPending || enrolment.isPending || form.isPending) body = <Loading />;
  else if (buddy.error || enrolment.error || form.error)
    body = <Failure retry={() => void Promise.all([buddy.refetch(), enrolment.refetch(), form.refetch()])} />;
  else if (!enrolment.data.enrolled)
    body = (
      <p>
        {t("buddy.joinFirst")} <Link to="/bienvenue/join">{t("enrol.title")}</Link>
      </p>
    );
  else if (buddy.data?.buddy)
    body = (
      <>
        <p role="status" className="note">
          {t("buddy.paired", {
            name: isolate(buddy.data.buddy.name),
            until: formatDay(buddy.data.buddy.until, i18n.language),
          })}
        </p>
        <p>
          {t("buddy.write")} <a href={`mailto:${buddy.data.buddy.email}`}>{buddy.data.buddy.email}</a>
        </p>
      </>
    );
  else if (buddy.data?.status === "open")
    body = (
      <>
        <p role="status" className="note">
          {t("buddy.open", { date: formatDay(buddy.data.requestedAt, i18n.language) })}
        </p>
        <ConfirmButton
          label={t("buddy.withdraw")}
          question={t("buddy.withdrawQuestion")}
          confirm={t("buddy.withdraw")}
          cancel={t("leave.keep")}
          onConfirm={() => withdraw.mutate()}
        />
      </>
    );
  else body = <BuddyForm profile={profile} enrolled={enrolment.data.profile} interests={form.data.interests} />;

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t("buddy.intro")}</p>
      {signedIn && !needsSignIn(buddy.error) && <SignedInAs />}
      {body}
    </>
  );
}

function BuddyForm({
  profile,
  enrolled,
  interests,
}: {
  profile: PortalProfile;
  enrolled: {
    name: string;
    language: string;
    languagesSpoken: string[];
    commune: string | null;
    interests: string[];
    household: { adults: number; children: number };
  };
  interests: { id: string; label: Partial<Record<string, string>> }[];
}) {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refusal = useRefusal();
  const offered = profile.languages.filter(isLanguage);
  const { adults, children } = enrolled.household;
  const [draft, setDraft] = useState<MatchDraft>({
    name: enrolled.name,
    language: isLanguage(enrolled.language) ? enrolled.language : (offered[0] ?? "fr"),
    spoken: enrolled.languagesSpoken.filter(isLanguage),
    otherLanguages: "",
    commune: enrolled.commune ?? "",
    interests: enrolled.interests,
    household: children > 0 ? "family" : adults > 1 ? "couple" : "single",
  });
  const [note, setNote] = useState("");
  const { errors, setErrors, show } = useFieldErrors(order);
  const ask = useMutation(
    trpc.ambassadors.askForBuddy.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.ambassadors.myBuddy.queryFilter()),
    }),
  );

  function edit(field: string, patch: Partial<MatchDraft>) {
    setDraft((previous) => ({ ...previous, ...patch }));
    setErrors(({ [field]: _, form: __, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (ask.isPending) return;
    const problems = Object.fromEntries(Object.entries(matchProblems(draft)).map(([field, key]) => [field, t(key)]));
    if (show(problems)) return;
    ask.mutate(
      { ...matchInput(draft), note: note.trim() },
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
        interests={interests}
        offered={offered}
        defaultLanguage={profile.defaultLanguage}
      />
      <TextField
        id="note"
        label={t("buddy.note")}
        hint={t("buddy.noteHint")}
        rows={3}
        maxLength={500}
        value={note}
        onChange={setNote}
        errors={errors}
      />
      <FormEnd submit={t("buddy.submit")} pending={ask.isPending} errors={errors} />
    </form>
  );
}
