import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { direction, languageNameIn } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { TextField } from "../../ui/TextField";
import { usePageTitle } from "../../ui/usePageTitle";
import { useMembership } from "../consoleContext";
import { QueryFailure } from "../QueryFailure";
import type { DraftKind } from "./machine";
import { refusals } from "./machine";

type Draft = {
  kind: DraftKind;
  ref: string;
  language: string;
  sourceLanguage: string;
  source: Record<string, string>;
  fields: Record<string, string>;
  expectedVersion: number;
};

/** A machine draft beside its source: a person corrects it, confirms the review, and publishes it. */
export function ReviewPage() {
  const { t, i18n } = useTranslation("translation");
  const { kind = "", ref = "", language = "" } = useParams();
  const { name } = useMembership();
  const languageName = languageNameIn(language, i18n.language);
  const title = t("review.title", { language: languageName });
  usePageTitle(t("settings:pageTitle", { title, territory: name }));
  const trpc = useTRPC();
  const key = { kind: kind as DraftKind, ref, language: language as "fr" };
  const draft = useQuery({ ...trpc.translation.review.queryOptions(key), retry: false });
  return (
    <>
      <h1>{title}</h1>
      {draft.isPending ? (
        <Loading />
      ) : draft.error ? (
        <QueryFailure error={draft.error} retry={() => draft.refetch()} />
      ) : (
        <ReviewForm draft={draft.data} />
      )}
    </>
  );
}

/** A field's name in the reviewer's words: `label:{id}` and `option:{id}:{value}` are intake questions'. */
function useFieldLabel() {
  const { t } = useTranslation("translation");
  return (field: string) => {
    const [part, id = "", ...value] = field.split(":");
    if (part === "label" && id) return t("review.fields.question", { id });
    if (part === "option" && id) return t("review.fields.option", { id, value: value.join(":") });
    return t(`review.fields.${field}`, { defaultValue: field });
  };
}

function ReviewForm({ draft }: { draft: Draft }) {
  const { t, i18n } = useTranslation("translation");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const fieldLabel = useFieldLabel();
  const names = Object.keys(draft.fields);
  const ids = names.map((field) => `fields.${field}`);
  const [fields, setFields] = useState(draft.fields);
  const [reviewed, setReviewed] = useState(false);
  const { errors, show, showFailure, setErrors } = useFieldErrors([...ids, "reviewed", "form"]);
  const publish = useMutation(trpc.translation.publish.mutationOptions());
  const discard = useMutation(trpc.translation.discard.mutationOptions());
  const from = languageNameIn(draft.sourceLanguage, i18n.language);
  const to = languageNameIn(draft.language, i18n.language);
  const key = { kind: draft.kind, ref: draft.ref, language: draft.language as "fr" };

  function done(notice: string) {
    void queryClient.invalidateQueries(trpc.translation.pathFilter());
    void queryClient.invalidateQueries(trpc.knowledge.pathFilter());
    void queryClient.invalidateQueries(trpc.conciergerie.settings.queryFilter());
    void queryClient.invalidateQueries(trpc.console.settings.queryFilter());
    navigate("/console/translations", { state: { notice } });
  }

  function refused(error: unknown) {
    const { reason } = errorInfo(error);
    if (reason && refusals.includes(reason)) show({ form: t(`errors.${reason}`) });
    else showFailure(error);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (publish.isPending) return;
    const empty = names.find((field) => !fields[field]?.trim());
    if (
      show(empty ? { [`fields.${empty}`]: t("review.empty") } : reviewed ? {} : { reviewed: t("review.confirmFirst") })
    )
      return;
    publish.mutate(
      { ...key, fields, expectedVersion: draft.expectedVersion },
      { onSuccess: () => done(t("review.published", { language: to })), onError: refused },
    );
  }

  return (
    <>
      <p>
        <span className="badge machine">{t("badge")}</span>
      </p>
      <p>{t("review.intro", { from, to })}</p>
      <form className="form wide" noValidate onSubmit={submit}>
        {names.map((field) => {
          const long = (draft.source[field] ?? "").length > 120;
          return (
            <div key={field} className="review-field">
              <p className="hint">{t("review.original", { field: fieldLabel(field), language: from })}</p>
              <blockquote className="source" lang={draft.sourceLanguage} dir={direction(draft.sourceLanguage)}>
                {draft.source[field]}
              </blockquote>
              <TextField
                id={`fields.${field}`}
                label={t("review.yours", { field: fieldLabel(field), language: to })}
                rows={long ? 10 : undefined}
                maxLength={20_000}
                lang={draft.language}
                dir={direction(draft.language)}
                value={fields[field] ?? ""}
                onChange={(value) => {
                  setFields((previous) => ({ ...previous, [field]: value }));
                  setErrors({});
                }}
                errors={errors}
              />
            </div>
          );
        })}
        <CheckField
          id="reviewed"
          label={t("review.confirm", { from, to })}
          checked={reviewed}
          onChange={(checked) => {
            setReviewed(checked);
            setErrors({});
          }}
          errors={errors}
          required
        />
        <FormEnd submit={t("review.publish")} pending={publish.isPending} status="" errors={errors} />
      </form>
      <section aria-labelledby="discard-heading">
        <h2 id="discard-heading">{t("review.discard.heading")}</h2>
        <ConfirmButton
          label={t("review.discard.label")}
          question={t("review.discard.question", { language: to })}
          confirm={t("review.discard.confirm")}
          cancel={t("review.discard.cancel")}
          pending={discard.isPending}
          onConfirm={() =>
            discard.mutate(key, { onSuccess: () => done(t("review.discard.done", { language: to })), onError: refused })
          }
        />
      </section>
    </>
  );
}
