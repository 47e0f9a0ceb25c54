import { useTranslation } from "react-i18next";
import { direction } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import type { FieldErrors } from "../../ui/fieldErrors";

/** The territory's privacy notice, in full, and the consent a Bienvenue form asks for. Field `consent`. */
export function NoticeConsent({
  notice,
  territory,
  label,
  checked,
  onChange,
  errors,
}: {
  notice: { text: string; language: string };
  territory: string;
  label?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation("bienvenue");
  return (
    <fieldset>
      <legend>{t("form.privacy")}</legend>
      {/* Maybe another language than the page's, when the territory has not translated it. */}
      <div className="notice" lang={notice.language} dir={direction(notice.language)}>
        {notice.text}
      </div>
      <CheckField
        id="consent"
        label={label ?? t("form.consent", { territory })}
        checked={checked}
        onChange={onChange}
        required
        errors={errors}
      />
    </fieldset>
  );
}
