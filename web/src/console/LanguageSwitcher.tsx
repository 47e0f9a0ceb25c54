import { staffLanguages } from "@escale/core/auth/staff-languages";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api";
import { isStaffLanguage } from "./i18n";

/**
 * The console's language, in the header, each language named in itself. A choice is kept with
 * the person's identity, so it follows them to other browsers; until they choose, each browser
 * shows its own language (a colleague at a shared desk in English does not switch them).
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const stored = useQuery(trpc.platform.language.queryOptions());
  const queryClient = useQueryClient();
  const { mutate } = useMutation(
    trpc.platform.setLanguage.mutationOptions({
      onSuccess: (saved) => queryClient.setQueryData(trpc.platform.language.queryKey(), saved),
    }),
  );

  useEffect(() => {
    const language = stored.data?.language;
    if (language && language !== i18n.language) void i18n.changeLanguage(language);
  }, [stored.data, i18n]);

  function choose(language: string) {
    if (!isStaffLanguage(language)) return;
    void i18n.changeLanguage(language);
    mutate({ language });
  }

  return (
    <div className="language-switcher">
      <label htmlFor="console-language">{t("language")}</label>
      <select id="console-language" value={i18n.language} onChange={(event) => choose(event.target.value)}>
        {staffLanguages.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`languageNames.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
