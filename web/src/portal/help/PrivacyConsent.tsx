import { useTranslation } from "react-i18next";
import { CheckField } from "../../ui/CheckField";
import type { IntakePart } from "./intakeEdit";

/** The territory's privacy notice, in full, and the consent it asks for. */
export function PrivacyConsent({
  notice,
  territory,
  draft,
  edit,
  errors,
}: IntakePart & { notice: { text: string; lang?: string }; territory: string }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t("help.privacy.legend")}</legend>
      {/* The API does not say which language it fell back to: the text's own script sets its direction. */}
      <div className="notice" lang={notice.lang} dir="auto">
        {notice.text}
      </div>
      <CheckField
        id="consent.accepted"
        label={t("help.privacy.consent", { territory })}
        checked={draft.consent}
        onChange={(consent) => edit("consent.accepted", { consent })}
        required
        errors={errors}
      />
    </fieldset>
  );
}
