import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { direction, languageNameIn } from "../../languages";
import type { FieldErrors } from "../../ui/fieldErrors";
import { TextField } from "../../ui/TextField";
import { refusals } from "./machine";

/**
 * Drafts the agent's reply in the household's language, shown for them to read and correct
 * before it is sent: with a draft, the draft is what the household receives.
 */
export function ReplyTranslation({
  caseId,
  text,
  household,
  draft,
  onDraft,
  errors,
}: {
  caseId: string;
  text: string;
  household: string;
  draft: string | undefined;
  onDraft: (draft: string | undefined) => void;
  errors: FieldErrors;
}) {
  const { t, i18n } = useTranslation("translation");
  const trpc = useTRPC();
  const translate = useMutation(trpc.translation.draftReply.mutationOptions());
  const language = languageNameIn(household, i18n.language);
  const reason = translate.error ? errorInfo(translate.error).reason : undefined;
  return (
    <>
      {draft === undefined ? (
        <p>
          <button
            type="button"
            className="secondary"
            aria-disabled={translate.isPending || !text.trim()}
            onClick={() => {
              if (translate.isPending || !text.trim()) return;
              translate.mutate(
                { caseId, text, language: i18n.language === "en" ? "en" : "fr" },
                { onSuccess: (result) => onDraft(result.text) },
              );
            }}
          >
            {translate.isPending ? t("messages.translating") : t("messages.translate", { language })}
          </button>
          {translate.error && (
            <span role="alert" className="field-error">
              {reason && refusals.includes(reason) ? t(`errors.${reason}`) : t("errors.other")}
            </span>
          )}
        </p>
      ) : (
        <>
          <p>
            <span className="badge machine">{t("badge")}</span>
          </p>
          <TextField
            id="message-translation"
            label={t("messages.draftLabel", { language })}
            hint={t("messages.draftHint")}
            rows={4}
            maxLength={4000}
            lang={household}
            dir={direction(household)}
            value={draft}
            onChange={onDraft}
            errors={errors}
          />
          <p>
            <button type="button" className="secondary" onClick={() => onDraft(undefined)}>
              {t("messages.discardDraft")}
            </button>
          </p>
        </>
      )}
    </>
  );
}
