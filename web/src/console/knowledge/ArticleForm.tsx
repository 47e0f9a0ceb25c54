import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { useTRPC } from "../../api";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { RadiosField } from "../../ui/RadiosField";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { choicesOf } from "../conciergerie/labels";
import {
  type Article,
  type ArticleDraft,
  check,
  emptyTranslation,
  fieldOrder,
  type TranslationDraft,
  toInput,
} from "./articleDraft";
import { articleStatusLabels, categoryLabels } from "./labels";
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
    if (show(check(draft, languages, defaultLanguage))) return;
    const input = toInput(draft);
    const listChanged = () => queryClient.invalidateQueries(trpc.knowledge.list.queryFilter());
    if (!article) {
      create.mutate(input, {
        onSuccess: (created) => {
          void listChanged();
          queryClient.setQueryData(trpc.knowledge.get.queryKey({ slug: created.slug }), created);
          navigate(`/console/knowledge/articles/${created.slug}`, { state: { notice: "Article created." } });
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
          setStatus(
            saved.status === "published"
              ? "Article saved. Newcomers see this version now."
              : "Article saved as a draft: newcomers do not see it.",
          );
        },
        onError: (error) => {
          if (!conflicted(error)) showFailure(error);
        },
      },
    );
  }

  return (
    <form className="form wide" noValidate onSubmit={submit} aria-label="Article">
      <fieldset disabled={readOnly} className="plain" role="none">
        {!article && (
          <TextField
            id="slug"
            label="Address on the portal"
            hint="The end of the article's address, /guide/…: lowercase letters, digits and hyphens, e.g. find-a-doctor. It cannot be changed later."
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
          label="Category"
          hint="The welcome guide lists articles by category."
          choices={choicesOf(categoryLabels)}
          value={draft.category}
          onChange={(category) => edit({ category })}
          errors={errors}
        />
        <RadiosField
          id="status"
          legend="Status"
          choices={choicesOf(articleStatusLabels)}
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
        <FormEnd
          submit={article ? "Save the article" : "Create the article"}
          pending={pending}
          status={status}
          errors={errors}
        />
      </fieldset>
    </form>
  );
}
