import { useTranslation } from "react-i18next";
import { languageNameIn } from "../../languages";

/** Says that what follows is in another language than the visitor's, because it is not translated yet. */
export function FallbackNote({ shown }: { shown: string }) {
  const { t, i18n } = useTranslation();
  const reader = i18n.language;
  return (
    <p className="note">
      {t("guide.fallback", { language: languageNameIn(reader, reader), default: languageNameIn(shown, reader) })}
    </p>
  );
}
