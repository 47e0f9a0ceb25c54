import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { languageNameIn } from "../../languages";
import { useMachineTranslation } from "./machine";

/**
 * A household's messages in the agent's language, when machine translation is set up and the
 * household writes in another: `translated(id)` gives the machine's words for one message.
 */
export function useHouseholdTranslations(caseId: string, household: string, active = true) {
  const { i18n } = useTranslation();
  const trpc = useTRPC();
  const configured = useMachineTranslation();
  const language = i18n.language === "en" ? "en" : "fr";
  const wanted = active && configured && household !== language;
  const translations = useQuery({
    ...trpc.translation.caseMessages.queryOptions({ caseId, language }),
    enabled: wanted,
    retry: false,
  });
  const byId = new Map((translations.data?.messages ?? []).map((message) => [message.id, message.text]));
  return {
    /** Whether replies can be drafted in the household's language. */
    replies: wanted,
    household,
    failed: translations.isError,
    translated: (id: string) => byId.get(id),
  };
}

/** One message of the household: the translation shown, its original one click away. */
export function HouseholdText({
  original,
  translated,
  language,
}: {
  original: string;
  translated?: string;
  language: string;
}) {
  const { t, i18n } = useTranslation("translation");
  const [showOriginal, setShowOriginal] = useState(false);
  if (!translated)
    return (
      <p className="text" dir="auto" lang={language}>
        {original}
      </p>
    );
  return (
    <>
      {showOriginal ? (
        <p className="text" dir="auto" lang={language}>
          {original}
        </p>
      ) : (
        <p className="text" dir="auto">
          {translated}
        </p>
      )}
      <p className="hint">
        {t("messages.translated", { language: languageNameIn(language, i18n.language) })}{" "}
        <button
          type="button"
          className="secondary"
          aria-pressed={showOriginal}
          onClick={() => setShowOriginal(!showOriginal)}
        >
          {t("messages.showOriginal")}
        </button>
      </p>
    </>
  );
}
