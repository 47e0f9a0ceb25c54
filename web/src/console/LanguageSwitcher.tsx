import { useTranslation } from "react-i18next";
import { staffLanguages } from "./i18n";

/** The console's language, in the header: each language named in itself. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher">
      <label htmlFor="console-language">{t("language")}</label>
      <select id="console-language" value={i18n.language} onChange={(event) => i18n.changeLanguage(event.target.value)}>
        {staffLanguages.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`languageNames.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
