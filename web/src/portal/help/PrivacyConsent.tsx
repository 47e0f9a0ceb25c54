import { useTranslation } from "react-i18next";
import { direction } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import type { IntakePart } from "./intakeEdit";

/** The territory's privacy notice, in full, and the consent it asks for. */
export function PrivacyConsent({
  notice,
  territory,
  draft,
  edit,
  errors,
}: IntakePart & { notice: { text: string; language: string }; territory: string }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t("help.privacy.legend")}</legend>
      {/* Maybe another language than the page's, when the territory has not translated it. */}
      <div className="notice" lang={notice.language} dir={direction(notice.language)}>
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
