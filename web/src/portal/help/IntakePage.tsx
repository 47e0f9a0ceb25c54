import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import type { Need } from "../../conciergerie";
import { isLanguage, languageName } from "../../languages";
import { CheckboxesField } from "../../ui/CheckboxesField";
import { FieldError, type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { TextField } from "../../ui/TextField";
import { usePageTitle } from "../../ui/usePageTitle";
import type { PortalProfile } from "../types";
import { ContactFields } from "./ContactFields";
import { isolate } from "./format";
import { HouseholdFields } from "./HouseholdFields";
import { check, emptyDraft, fieldOrder, type IntakeDraft, toInput } from "./intakeDraft";
import { OriginFields } from "./OriginFields";
import { PrivacyConsent } from "./PrivacyConsent";
import { QuestionFields } from "./QuestionFields";

/** "Get help settling in": the Conciergerie's intake form, in the visitor's language. */
export function IntakePage({ profile }: { profile: PortalProfile }) {
  const { t, i18n } = useTranslation();
  usePageTitle(`${t("help.title")} · ${profile.name}`);
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const source = params.get("src") ?? undefined;
  // Handed over by the assistant: the question it could not answer starts the message.
  const question = params.get("question")?.trim() || undefined;
  const languages = profile.languages.filter(isLanguage);
  const [draft, setDraft] = useState<IntakeDraft>(() => ({ ...emptyDraft(), message: question ?? "" }));
  // Until the visitor picks one, messages will be in the language they read the page in.
  const language =
    draft.language ||
    languages.find((code) => code === i18n.language) ||
    languages.find((code) => code === profile.defaultLanguage) ||
    "fr";
  // Made once per form: a double click or a retry after a lost answer makes a single case.
  const [requestId] = useState(() => crypto.randomUUID());
  const sending = useRef(false);
  // The notice is the one of the language chosen for contact: that is the version the API records.
  // The form stays in place while another language's notice loads: no flash, no lost focus.
  const form = useQuery({
    ...trpc.help.form.queryOptions({ channelCode: source, language }),
    placeholderData: keepPreviousData,
  });
  const submit = useMutation(trpc.help.submit.mutationOptions());
  const questions = form.data?.questions ?? [];
  const order = fieldOrder(draft, questions);
  const { errors, setErrors, show } = useFieldErrors(order);

  function edit(field: string, patch: Partial<IntakeDraft>) {
    setDraft((previous) => ({ ...previous, ...patch }));
    setErrors((previous) =>
      Object.fromEntries(
        Object.entries(previous).filter(([key]) => key !== "form" && key !== field && !key.startsWith(`${field}.`)),
      ),
    );
  }

  /** The API's refusal, said in the visitor's language next to the field it names. */
  function refused(error: unknown) {
    const info = errorInfo(error);
    const field = info.field === "consent" ? "consent.accepted" : info.field;
    if (info.reason === "notice_changed") {
      setDraft((previous) => ({ ...previous, consent: false }));
      void form.refetch();
    }
    const message =
      info.reason === "notice_changed"
        ? t("help.errors.noticeChanged")
        : field && order.includes(field)
          ? t("help.errors.checkField")
          : t("help.errors.send");
    show({ [field && order.includes(field) ? field : "form"]: message } as FieldErrors);
  }

  function send(event: FormEvent) {
    event.preventDefault();
    const notice = form.data?.privacyNotice;
    // The API answers an empty notice when the territory has published none in any language.
    // A notice still loading for a newly chosen language is not the one the visitor would accept.
    if (sending.current || !notice?.text || form.isPlaceholderData || !isLanguage(notice.language)) return;
    if (show(check(draft, questions, t))) return;
    sending.current = true;
    submit.mutate(
      toInput(draft, {
        requestId,
        language,
        notice: { version: notice.version, language: notice.language },
        channelCode: form.data?.channel?.code,
      }),
      {
        onSuccess: ({ caseId }) => navigate(`/help/sent/${caseId}`, { state: { email: draft.email.trim() } }),
        onError: refused,
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  }

  const part = { draft, edit, errors };
  return (
    <>
      <h1>{t("help.title")}</h1>
      <p className="lead">{t("help.intro", { territory: profile.name })}</p>
      {form.data?.channel && (
        <p className="source">{t("help.channel", { channel: isolate(form.data.channel.name) })}</p>
      )}
      <p>{t("help.optionalNote")}</p>
      {form.isPending ? (
        <p role="status" className="loading">
          {t("loading")}
        </p>
      ) : form.error ? (
        <div role="alert" className="failure">
          <p>{t("help.errors.load")}</p>
          <button type="button" onClick={() => form.refetch()}>
            {t("retry")}
          </button>
        </div>
      ) : (
        <form className="form intake" noValidate onSubmit={send}>
          <ContactFields {...part} languages={languages} language={language} />
          <HouseholdFields {...part} />
          <OriginFields {...part} />
          <CheckboxesField
            id="needs"
            legend={t("help.needs.legend")}
            hint={t("help.needs.hint")}
            choices={form.data.needs.map((need: Need) => ({ value: need, label: t(`help.need.${need}`) }))}
            checked={draft.needs}
            onChange={(needs) => edit("needs", { needs })}
            errors={errors}
          />
          <QuestionFields {...part} questions={questions} defaultLanguage={profile.defaultLanguage} />
          <TextField
            id="message"
            label={question ? t("help.assistantQuestion") : t("help.message")}
            hint={t("help.messageHint")}
            rows={5}
            maxLength={4000}
            value={draft.message}
            onChange={(message) => edit("message", { message })}
            errors={errors}
          />
          {form.data.privacyNotice.text ? (
            <>
              <NoticeLanguage notice={form.data.privacyNotice.language} contact={language} />
              <PrivacyConsent {...part} notice={form.data.privacyNotice} territory={profile.name} />
            </>
          ) : (
            <p role="alert" className="failure">
              {t("help.errors.noNotice", { territory: profile.name })}
            </p>
          )}
          <div className="form-end">
            <button type="submit" disabled={submit.isPending || !form.data.privacyNotice.text}>
              {submit.isPending ? t("help.sending") : t("help.send")}
            </button>
            <FieldError errors={errors} field="form" />
          </div>
        </form>
      )}
    </>
  );
}

/** Says which language the privacy notice is in when it is not the page's. */
function NoticeLanguage({ notice, contact }: { notice: string; contact: string }) {
  const { t, i18n } = useTranslation();
  if (notice === i18n.language) return null;
  const language = languageName(notice);
  return (
    <p className="hint">
      {notice === contact ? t("help.privacy.inLanguage", { language }) : t("help.privacy.fallback", { language })}
    </p>
  );
}
