import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { direction, languageName, languageNameIn } from "../../languages";
import { FieldError, type FieldErrors } from "../../ui/fieldErrors";
import { SanitisedHtml } from "../../ui/SanitisedHtml";
import { TextField } from "../../ui/TextField";
import { useDebounced } from "../../ui/useDebounced";
import { type TranslationDraft, written } from "./articleDraft";

/**
 * One language's version of an article: title, Markdown text and keywords, with its preview.
 * The default language's is always open; another opens once written, or when asked for, so that
 * eight languages do not make one endless form.
 */
export function TranslationFields({
  code,
  isDefault,
  version,
  onChange,
  errors,
}: {
  code: string;
  isDefault: boolean;
  version: TranslationDraft;
  onChange: (patch: Partial<TranslationDraft>) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation("knowledge");
  const id = `translations.${code}`;
  const name = <span lang={code}>{languageName(code)}</span>;
  const inError = Object.keys(errors).some((field) => field === id || field.startsWith(`${id}.`));
  const [open, setOpen] = useState(() => written(version));
  // A refused version opens, so its error can be seen and its field take the focus.
  useEffect(() => {
    if (inError) setOpen(true);
  }, [inError]);

  const content = (
    <>
      <FieldError errors={errors} field={id} />
      <VersionFields code={code} version={version} onChange={onChange} required={isDefault} errors={errors} />
    </>
  );
  if (isDefault)
    return (
      <fieldset id={id} tabIndex={-1} className="language-texts">
        <legend>
          {name} {t("translation.defaultLegend")}
        </legend>
        {content}
      </fieldset>
    );
  return (
    <details
      id={id}
      tabIndex={-1}
      className="language-texts"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        {name} {written(version) ? "" : t("translation.notWritten")}
      </summary>
      {content}
    </details>
  );
}

function VersionFields({
  code,
  version,
  onChange,
  required,
  errors,
}: {
  code: string;
  version: TranslationDraft;
  onChange: (patch: Partial<TranslationDraft>) => void;
  required: boolean;
  errors: FieldErrors;
}) {
  const { t, i18n } = useTranslation("knowledge");
  const id = `translations.${code}`;
  const language = languageNameIn(code, i18n.language);
  const [previewing, setPreviewing] = useState(false);
  // Typed in the language itself: spell-checking and right-to-left follow it.
  const inLanguage = { lang: code, dir: direction(code) } as const;
  return (
    <>
      <TextField
        id={`${id}.title`}
        label={t("translation.title", { language })}
        maxLength={200}
        value={version.title}
        onChange={(title) => onChange({ title })}
        required={required}
        errors={errors}
        {...inLanguage}
      />
      <TextField
        id={`${id}.body`}
        label={t("translation.body", { language })}
        hint={t("translation.bodyHint")}
        rows={12}
        maxLength={20_000}
        value={version.body}
        onChange={(body) => onChange({ body })}
        required={required}
        errors={errors}
        {...inLanguage}
      />
      <TextField
        id={`${id}.keywords`}
        label={t("translation.keywords", { language })}
        hint={t("translation.keywordsHint")}
        value={version.keywords}
        onChange={(keywords) => onChange({ keywords })}
        errors={errors}
        {...inLanguage}
      />
      <button
        type="button"
        className="secondary"
        aria-expanded={previewing}
        aria-controls={`${id}-preview`}
        onClick={() => setPreviewing(!previewing)}
      >
        {t(previewing ? "translation.hidePreview" : "translation.showPreview", { language })}
      </button>
      <div id={`${id}-preview`}>{previewing && <Preview code={code} version={version} />}</div>
    </>
  );
}

/** The version as the portal will show it: the API renders and sanitises the Markdown, as it will there. */
function Preview({ code, version }: { code: string; version: TranslationDraft }) {
  const { t, i18n } = useTranslation("knowledge");
  const trpc = useTRPC();
  const markdown = useDebounced(version.body, 400);
  const preview = useQuery({ ...trpc.knowledge.preview.queryOptions({ markdown }), placeholderData: (last) => last });
  return (
    <section
      className="preview"
      aria-label={t("translation.preview", { language: languageNameIn(code, i18n.language) })}
    >
      {version.title ? (
        <h2 lang={code} dir={direction(code)}>
          {version.title}
        </h2>
      ) : (
        <h2>{t("translation.untitled")}</h2>
      )}
      {preview.data ? (
        <SanitisedHtml className="article-body" lang={code} html={preview.data.html} />
      ) : preview.error ? (
        <p role="alert" className="field-error">
          {t("translation.previewFailed")}
        </p>
      ) : (
        <p className="loading">{t("translation.previewLoading")}</p>
      )}
    </section>
  );
}
