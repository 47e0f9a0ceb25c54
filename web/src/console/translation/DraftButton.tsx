import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { languageNameIn } from "../../languages";
import { type DraftKind, refusals, reviewPath } from "./machine";

/** "Draft a translation": asks the machine for a draft, then opens it for review. */
export function DraftButton({ kind, refId, language }: { kind: DraftKind; refId: string; language: string }) {
  const { t, i18n } = useTranslation("translation");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const draft = useMutation(trpc.translation.draft.mutationOptions());
  const reason = draft.error ? errorInfo(draft.error).reason : undefined;
  const name = languageNameIn(language, i18n.language);
  return (
    <>
      <button
        type="button"
        className="secondary"
        aria-disabled={draft.isPending}
        onClick={() => {
          if (draft.isPending) return;
          draft.mutate(
            { kind, ref: refId, language: language as "fr" },
            {
              onSuccess: () => {
                void queryClient.invalidateQueries(trpc.translation.coverage.queryFilter());
                navigate(reviewPath(kind, refId, language));
              },
            },
          );
        }}
      >
        {draft.isPending ? t("draft.pending", { language: name }) : t("draft.button", { language: name })}
      </button>
      {draft.error && (
        <span role="alert" className="field-error">
          {reason && refusals.includes(reason) ? t(`errors.${reason}`) : t("errors.other")}
        </span>
      )}
    </>
  );
}
