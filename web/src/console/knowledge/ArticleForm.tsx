import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useTRPC } from "../../api";
import { languageNameIn } from "../../languages";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { RadiosField } from "../../ui/RadiosField";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import {
  type Article,
  type ArticleDraft,
  check,
  emptyTranslation,
  fieldOrder,
  type TranslationDraft,
  toInput,
} from "./articleDraft";
import { useKnowledgeLabels } from "./labels";
import { TranslationFields } from "./TranslationFields";

/**
 * Writes a new article, or changes `article` if nobody saved it since it was loaded: a refused
 * save goes to `conflicted`, which says so for the whole page and offers to reload.
 */
export function ArticleForm({
  article,
  initial,
  languages,
  defaultLanguage,
  readOnly,
  conflicted,
}: {
  article?: Article;
  initial: ArticleDraft;
  languages: string[];
  defaultLanguage: string;
  readOnly: boolean;
  conflicted: (error: unknown) => boolean;
}) {
  const { t, i18n } = useTranslation("knowledge");
  const labels = useKnowledgeLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(trpc.knowledge.create.mutationOptions());
  const update = useMutation(trpc.knowledge.update.mutationOptions());
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState("");
  const { errors, setErrors, show, showFailure } = useFieldErrors(fieldOrder(languages));
  const pending = create.isPending || update.isPending;

  function edit(patch: Partial<ArticleDraft>) {
    setDraft((previous) => ({ ...previous, ...patch }));
    setStatus("");
    setErrors({});
  }

  function editVersion(code: string, patch: Partial<TranslationDraft>) {
    setDraft((previous) => {
      const version = previous.translations[code] ?? emptyTranslation;
      return { ...previous, translations: { ...previous.translations, [code]: { ...version, ...patch } } };
    });
    setStatus("");
    setErrors({});
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (show(check(draft, languages, defaultLanguage, t, (code) => languageNameIn(code, i18n.language)))) return;
    const input = toInput(draft);
    const listChanged = () => queryClient.invalidateQueries(trpc.knowledge.list.queryFilter());
    if (!article) {
      create.mutate(input, {
        onSuccess: (created) => {
          void listChanged();
          queryClient.setQueryData(trpc.knowledge.get.queryKey({ slug: created.slug }), created);
          navigate(`/console/knowledge/articles/${created.slug}`, { state: { notice: t("form.created") } });
        },
        onError: showFailure,
      });
      return;
    }
    update.mutate(
      { ...input, slug: article.slug, expectedVersion: article.version },
      {
        onSuccess: (saved) => {
          void listChanged();
          queryClient.setQueryData(trpc.knowledge.get.queryKey({ slug: saved.slug }), saved);
          setStatus(t(saved.status === "published" ? "form.savedPublished" : "form.savedDraft"));
        },
        onError: (error) => {
          if (!conflicted(error)) showFailure(error);
        },
      },
    );
  }

  return (
    <form className="form wide" noValidate onSubmit={submit} aria-label={t("form.label")}>
      <fieldset disabled={readOnly} className="plain" role="none">
        {!article && (
          <TextField
            id="slug"
            label={t("form.slug")}
            hint={t("form.slugHint")}
            value={draft.slug}
            onChange={(slug) => edit({ slug })}
            required
            maxLength={80}
            autoCapitalize="none"
            spellCheck={false}
            errors={errors}
          />
        )}
        <SelectField
          id="category"
          label={t("form.category")}
          hint={t("form.categoryHint")}
          choices={labels.categoryChoices}
          value={draft.category}
          onChange={(category) => edit({ category })}
          errors={errors}
        />
        <RadiosField
          id="status"
          legend={t("form.status")}
          choices={labels.statusChoices}
          value={draft.status}
          onChange={(value) => edit({ status: value })}
          errors={errors}
        />
        {languages.map((code) => (
          <TranslationFields
            key={code}
            code={code}
            isDefault={code === defaultLanguage}
            version={draft.translations[code] ?? emptyTranslation}
            onChange={(patch) => editVersion(code, patch)}
            errors={errors}
          />
        ))}
        <FormEnd submit={t(article ? "form.save" : "form.create")} pending={pending} status={status} errors={errors} />
      </fieldset>
    </form>
  );
}
