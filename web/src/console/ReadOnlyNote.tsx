import { useTranslation } from "react-i18next";

/** `what`: the things seen, as the note's sentence needs them ("these settings"). */
export function ReadOnlyNote({ role, what }: { role: string; what: string }) {
  const { t } = useTranslation();
  return <p className="note">{t("readOnly", { role: t(`roles.${role}`), what })}</p>;
}
